using System.Globalization;
using System.Text;

namespace OpenImis.Fhir.Server.Audit.Atna;

/// <summary>
/// One audit message as a syslog message (RFC 5424) the way ATNA sends it: facility authpriv (10), severity notice
/// (5), MSGID <c>IHE+RFC-3881</c>, no structured data, the XML as MSG. Over TCP and TLS each message is framed by
/// octet counting (RFC 5425/6587: <c>LENGTH SP MESSAGE</c>), which OpenHIM's listeners read; over UDP (RFC 5426) a
/// datagram is one message, unframed.
/// </summary>
internal static class SyslogFrame
{
    private const int Priority = (10 * 8) + 5;

    public static byte[] Message(string xml, DateTime timestamp, string hostName, string appName)
    {
        var header = string.Create(CultureInfo.InvariantCulture,
            $"<{Priority}>1 {timestamp.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {Token(hostName)} {Token(appName)} {Environment.ProcessId} IHE+RFC-3881 - ");
        return Encoding.UTF8.GetBytes(header + xml);
    }

    public static byte[] Framed(byte[] message)
    {
        var prefix = Encoding.ASCII.GetBytes(message.Length.ToString(CultureInfo.InvariantCulture) + " ");
        var framed = new byte[prefix.Length + message.Length];
        prefix.CopyTo(framed, 0);
        message.CopyTo(framed, prefix.Length);
        return framed;
    }

    // RFC 5424 header fields are printable US-ASCII without spaces; "-" stands for none.
    private static string Token(string value)
    {
        var cleaned = new string([.. value.Where(c => c is > ' ' and < (char)127)]);
        return cleaned.Length == 0 ? "-" : cleaned.Length > 48 ? cleaned[..48] : cleaned;
    }
}
