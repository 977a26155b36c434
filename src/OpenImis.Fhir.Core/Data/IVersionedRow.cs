namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// A row of an openIMIS table that follows the openIMIS history convention: the live row has
/// <see cref="ValidityTo"/> null; each update first copies it into a history row that points back
/// through <see cref="LegacyId"/>; a delete stamps <see cref="ValidityTo"/> on the live row.
/// </summary>
public interface IVersionedRow
{
    /// <summary>The integer surrogate key.</summary>
    int Id { get; set; }

    /// <summary>The openIMIS UUID, the FHIR resource id of the live row (stored lower or upper case).</summary>
    string Uuid { get; set; }

    /// <summary>When this version became valid.</summary>
    DateTime ValidityFrom { get; set; }

    /// <summary>When this version stopped being valid; null on the live row.</summary>
    DateTime? ValidityTo { get; set; }

    /// <summary>On a history row, the id of the live row it is a version of.</summary>
    int? LegacyId { get; set; }

    /// <summary>The openIMIS user that wrote the row.</summary>
    int? AuditUserId { get; set; }
}
