using Dossier.Core.Actors;
using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

/// <summary>Small hand-written dictionaries in the PETRARCH formats, for tests that must not depend on shared data.</summary>
internal static class EventTestDictionaries
{
    public const string Verbs = """
        &TIETYPES
        +DIPLOMATIC
        +MILITARY

        --- VISIT [042:043] ---
        VISIT
        - PILGRIMS * [---]
        - * (FOR TALKS) [046:046]

        --- MEET_PEOPLE [040] ---
        +MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH}
        MEET {MEETS MET MEETING}
        - * (FOR TALKS) [036:036]

        --- RESTORE [---] ---
        RESTORE
        - * &TIETYPES TIES [064]

        --- ACCUSE [112] ---
        ACCUSE
        - * + OF SPYING [1125]

        --- SHIP [070] ---
        SHIP {SHIPS SHIPPED SHIPPING}
        DELIVER

        --- ATTACK [190] ---
        ATTACK
        - NOT * [904]

        --- CALL [020] ---
        CALL {CALLS CALLED CALLING}
        - * (FOR SANCTIONS) [1312]

        --- SUGGEST [020] ---
        SUGGEST {SUGGESTS SUGGESTED SUGGESTING}

        --- SAY [---] ---
        SAY {SAYS SAID SAYING}

        --- CELEBRATE [---] ---
        CELEBRATE
        - * FEAST IN ^ + [045]
        - * TABASKI WITH $ [017]

        --- WARN [160] ---
        WARN {WARNS WARNED WARNING}
        - * AT ^ + [162]
        - * LOUDLY [+++]
        """;

    public const string Actors = """
        ARNOR_ [ARN]
        GONDOR_ [GON]
        +MINAS_TIRITH_
        OSGILIATH_ [OSG]
        ROHAN_ [ROH]
        FARAMIR_ [OSG]
        PRINCE_OF_DOL_AMROTH_ [DOL]
        THE_SHIRE_ [FRO/BIL/SAM]
        DENETHOR_
            [GONGOV 19500101-20001231]
            [GONELI]
        """;

    public const string Agents = """
        FOREIGN_MINISTER [~GOVFRM]
        PRESIDENT [~GOV]
        AMBASSADOR [~GOV]
        LAWMAKERS [~LEG]
        OFFICIALS [~GOV]
        """;

    /// <param name="keepJointActorCodes">Code "THE_SHIRE [FRO/BIL/SAM]" as one actor, as UD-PETRARCH does.</param>
    public static EventDictionaries Create(bool keepJointActorCodes = false)
    {
        var verbs = VerbLexiconReader.Read(new StringReader(Verbs), "test.verbs");
        var actors = PhoenixActorReader.Read(new StringReader(Actors));
        var agents = PhoenixAgentReader.Read(new StringReader(Agents));
        return new EventDictionaries(verbs, ActorLexicon.From(actors, agents), DiscardList.Read(new StringReader("BASKETBALL\n+SOCCER_"))) { KeepJointActorCodes = keepJointActorCodes };
    }
}
