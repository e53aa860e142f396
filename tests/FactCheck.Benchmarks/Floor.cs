using System.Diagnostics;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// The floor FactCheck is measured against: read every file as UTF-8 and scan it for Persian digits,
/// on all cores. Nothing can check a corpus faster than it can read it.
/// </summary>
internal static class Floor
{
    public static int Run(string dir)
    {
        var files = Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories);
        var watch = Stopwatch.StartNew();
        long digits = 0, bytes = 0;
        Parallel.ForEach(files, file =>
        {
            var data = File.ReadAllBytes(file);
            var text = Encoding.UTF8.GetString(data);
            var count = 0;
            foreach (var c in text)
            {
                if (c is >= '\u06F0' and <= '\u06F9')
                {
                    count++;
                }
            }

            Interlocked.Add(ref digits, count);
            Interlocked.Add(ref bytes, data.Length);
        });
        Console.WriteLine($"floor: {files.Length} files, {bytes / 1e6:F1} MB, {digits} Persian digits, {watch.Elapsed.TotalSeconds:F3} s");
        return 0;
    }
}
