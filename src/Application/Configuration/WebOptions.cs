using System.ComponentModel.DataAnnotations;

namespace Pipeline.Configuration;

/// <summary>The web app of <c>pipeline serve</c>: where it listens, how hard one client may press it, and the state-changing actions.</summary>
public sealed class WebOptions : IValidatableObject
{
    /// <summary>Shortest action token accepted, in characters: a token is a secret, not a password to remember.</summary>
    public const int MinTokenLength = 24;

    /// <summary>Addresses to listen on, separated by ";". Default "http://127.0.0.1:5080" (this machine only); flag --urls.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Requests one client address may make per minute before it is answered 429. Default 300; range 0 (no limit) to 1,000,000.</summary>
    [Range(0, 1_000_000)]
    public int RateLimitPerMinute { get; set; } = 300;

    /// <summary>Whether the actions that change state (starting a crawl) are offered at all. Default false: the app is read-only.</summary>
    public bool EnableActions { get; set; }

    /// <summary>The secret an action's POST must carry (header X-Pipeline-Token or form field "token"). Required, at least 24 characters, when actions are enabled.</summary>
    public string? ActionToken { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var urls = Urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (urls.Length == 0)
        {
            yield return new ValidationResult("Urls must name at least one address such as http://127.0.0.1:5080.", [nameof(Urls)]);
        }

        foreach (var url in urls)
        {
            // TLS belongs to a reverse proxy in front: the app has no certificate to serve.
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "http" || uri.AbsolutePath != "/")
            {
                yield return new ValidationResult($"Urls: '{url}' is not an address such as http://127.0.0.1:5080 (http, host and port, no path; put TLS in a reverse proxy).", [nameof(Urls)]);
            }
        }

        if (EnableActions && (ActionToken is null || ActionToken.Trim().Length < MinTokenLength))
        {
            yield return new ValidationResult($"ActionToken must be set to a secret of at least {MinTokenLength} characters when EnableActions is true.", [nameof(ActionToken)]);
        }
    }
}
