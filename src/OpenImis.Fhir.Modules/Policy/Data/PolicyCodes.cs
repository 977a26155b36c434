namespace OpenImis.Fhir.Modules.Policy.Data;

/// <summary>The codes openIMIS stores in <c>tblPolicy</c> and <c>tblPremium</c>.</summary>
internal static class PolicyCodes
{
    public const short StatusIdle = 1;
    public const short StatusActive = 2;
    public const short StatusSuspended = 4;
    public const short StatusExpired = 8;
    public const short StatusReady = 16;

    public const string StageNew = "N";
    public const string StageRenewal = "R";

    /// <summary><c>tblPremium.PayType</c>: bank transfer, cash, mobile phone, funding.</summary>
    public const string PayTypeBank = "B";
    public const string PayTypeCash = "C";
    public const string PayTypeMobile = "M";
    public const string PayTypeFunding = "F";
}
