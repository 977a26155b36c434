namespace OpenImis.Fhir.Core.Modularity;

/// <summary>Raised at start-up when the module configuration cannot work; the message names the culprit.</summary>
public sealed class ModuleConfigurationException : Exception
{
    /// <summary>Creates the exception with a message that names the culprit.</summary>
    public ModuleConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModuleConfigurationException()
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public ModuleConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
