using System.CommandLine;
using FactCheck.Cli.Input;
using FactCheck.Diagnostics;
using FactCheck.Reporting;
using FactCheck.Text;
using FactCheck.Values;
using FactCheck.Values.Dates;

namespace FactCheck.Cli.Commands;

/// <summary><c>factcheck scan</c>: what the recognizer sees in each line of standard input.</summary>
internal static class ScanCommand
{
    private const string Examples = """

        Examples:
          echo 'بیش از ۴۸ هزار نفر بازگشته اند' | factcheck scan
          factcheck scan --format text < article.txt
          echo 'روز دوشنبه' | factcheck scan --published 2021-01-11
        """;

    public static Command Create()
    {
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (yyyy-MM-dd, or Jalali such as 1400/08/10) that relative dates resolve against.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: jsonl (one JSON object per input line) or text.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "text");

        var command = new Command("scan", "Reads UTF-8 text from standard input and prints the values found in each line." + Examples)
        {
            published,
            format,
        };
        command.SetAction(result => Run(result.GetValue(format)!, result.GetValue(published)));
        return command;
    }

    private static int Run(string format, string? published)
    {
        DateOnly? reference = null;
        if (published is not null)
        {
            if (!PublicationDate.TryParse(published, out var date, out var error))
            {
                Console.Error.WriteLine($"factcheck: --published: {error}");
                return ExitCodes.CannotJudge;
            }

            reference = date;
        }

        const string Usage = "pipe the text in, as in: factcheck scan < article.txt";
        if (StandardInput.WasClosed())
        {
            Console.Error.WriteLine($"factcheck: scan reads standard input, which is closed; {Usage}");
            return ExitCodes.CannotJudge;
        }

        string input;
        try
        {
            input = StrictUtf8.Decode(Console.OpenStandardInput(), "<stdin>");
        }
        catch (FactCheckException e)
        {
            Console.Error.WriteLine($"factcheck: {e.Message}");
            return ExitCodes.CannotJudge;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder given as standard input, or a descriptor that cannot be read.
            Console.Error.WriteLine($"factcheck: cannot read standard input ({e.Message}); {Usage}");
            return ExitCodes.CannotJudge;
        }

        using var stdout = Console.OpenStandardOutput();
        using IScanFormatter formatter = format == "text"
            ? new ScanTextFormatter(new StreamWriter(stdout, leaveOpen: true))
            : new ScanJsonLinesFormatter(stdout);
        var lineNumber = 0;
        foreach (var range in input.AsSpan().Split('\n'))
        {
            var line = input[range].TrimEnd('\r');
            lineNumber++;
            if (lineNumber > 1 && range.Start.Value == input.Length)
            {
                break; // the newline that ends the last line does not open another
            }

            formatter.Write(lineNumber, line, ValueRecognizer.Persian.Recognize(line, reference));
        }

        return ExitCodes.Ok;
    }
}
