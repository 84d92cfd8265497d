namespace Pipeline.Cli;

/// <summary>A command-line value that parses but makes no sense (a date that is not a date): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
