namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>A contribution as a client sends it in a contract-premium extension.</summary>
internal sealed record PremiumInput(decimal Amount, string Receipt, DateOnly PayDate, string PayType, bool IsPhotoFee);
