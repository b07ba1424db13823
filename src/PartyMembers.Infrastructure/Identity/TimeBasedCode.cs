using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartyMembers.Infrastructure.Identity;

/// RFC 6238 codes as authenticator apps make them (HMAC-SHA1, 6 digits, 30-second steps), and the acceptance rule
/// (OWASP ASVS 5.0 6.5.1, 6.5.5): a code is accepted within ONE step either side of now, and only for a step later
/// than the last one accepted for the user, so that it works once. Pure: now and the last step are passed in.
public static class TimeBasedCode
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    public static long StepAt(DateTimeOffset now) => now.ToUnixTimeSeconds() / StepSeconds;

    public static string Compute(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 as authenticator apps implement it is HMAC-SHA1; HMAC-SHA1 is not broken as a MAC.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// The step the code belongs to when it is accepted, or null: wrong format, no step within one either side of
    /// <paramref name="now"/> gives it, or that step is not after <paramref name="lastAcceptedStep"/> (a replay).
    public static long? Match(byte[] secret, string? code, DateTimeOffset now, long? lastAcceptedStep)
    {
        var typed = Normalise(code);
        if (typed is null)
        {
            return null;
        }

        var current = StepAt(now);
        long? accepted = null;
        for (var step = current - 1; step <= current + 1; step++)
        {
            // Every step is computed, so the time taken does not tell which one matched.
            var expected = Encoding.ASCII.GetBytes(Compute(secret, step));
            if (CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(typed)) && accepted is null
                && (lastAcceptedStep is null || step > lastAcceptedStep))
            {
                accepted = step;
            }
        }

        return accepted;
    }

    /// Six digits, with the spaces and hyphens people type between groups left out; anything else is null.
    public static string? Normalise(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}

/// RFC 4648 base32, the form of the shared key that authenticator apps read.
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] Decode(string text)
    {
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var output = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("Not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. output];
    }
}
