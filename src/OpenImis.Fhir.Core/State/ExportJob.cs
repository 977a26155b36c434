namespace OpenImis.Fhir.Core.State;

/// <summary>One bulk export request and its progress (table <c>fhir.export_job</c>).</summary>
public sealed class ExportJob
{
    /// <summary>The id in the status URL.</summary>
    public Guid Id { get; set; }

    /// <summary>queued, running, completed, failed or cancelled (<see cref="ExportStatus"/>).</summary>
    public string Status { get; set; } = ExportStatus.Queued;

    /// <summary>system, patient or group.</summary>
    public string Level { get; set; } = "system";

    /// <summary>The kick-off URL, for the manifest's <c>request</c>.</summary>
    public string Request { get; set; } = string.Empty;

    /// <summary>The base URL that file URLs are made under.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The resource types to export, comma-separated.</summary>
    public string Types { get; set; } = string.Empty;

    /// <summary>The Group of a group export.</summary>
    public string? GroupId { get; set; }

    /// <summary>The Patient ids the export is limited to, comma-separated (the <c>patient</c> parameter, or the Group's members).</summary>
    public string? PatientIds { get; set; }

    /// <summary><c>_since</c>, UTC.</summary>
    public DateTime? Since { get; set; }

    /// <summary>The manifest's transactionTime, UTC: nothing later is exported, nothing committed up to it is missed.</summary>
    public DateTime TransactionTime { get; set; }

    /// <summary>The <c>_typeFilter</c> queries (<c>Type?query</c>), one a line; each chunk parses its type's again.</summary>
    public string? TypeFilters { get; set; }

    /// <summary>The parameters ignored under <c>handling=lenient</c>, one message a line, for the error file.</summary>
    public string? Ignored { get; set; }

    /// <summary>When the export was asked for, UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When the export completed, UTC.</summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>When the files go, UTC.</summary>
    public DateTime? ExpiresAt { get; set; }

    /// <summary>Why the export failed.</summary>
    public string? Error { get; set; }

    /// <summary>The OAuth client that kicked the export off; only it may poll, cancel and download. Null without auth.</summary>
    public string? CallerClientId { get; set; }

    /// <summary>
    /// The kick-off caller's effective grants as SMART v2 scopes (after its openIMIS user's rights), which the
    /// export's jobs enforce; null for an unrestricted caller (Auth:Mode none).
    /// </summary>
    public string? CallerScopes { get; set; }

    /// <summary>The kick-off caller's openIMIS user (<c>tblUsers.UserID</c>), if any.</summary>
    public int? CallerUserId { get; set; }

    /// <summary>The districts the kick-off caller's openIMIS user is limited to, comma-separated; null: no limit.</summary>
    public string? CallerDistricts { get; set; }
}
