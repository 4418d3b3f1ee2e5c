namespace Dossier.Core.Model;

public enum EntityType
{
    Person,
    Organization,
    Country,
    Location,
    Other,
}
