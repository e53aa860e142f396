using BenchmarkDotNet.Running;
using FactCheck.Benchmarks;

// dotnet run -c Release --project tests/FactCheck.Benchmarks -- generate DIR MEGABYTES [SEED]
// dotnet run -c Release --project tests/FactCheck.Benchmarks -- generate-dense DIR MEGABYTES [SEED]   (issue 17's dense shape)
// dotnet run -c Release --project tests/FactCheck.Benchmarks -- floor DIR
// dotnet run -c Release --project tests/FactCheck.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *]
return args switch
{
    ["generate", var dir, var megabytes, .. var rest] => CorpusGenerator.Write(dir, int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture), rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1400),
    ["generate-dense", var dir, var megabytes, .. var rest] => CorpusGenerator.Write(dir, int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture), rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1400, DenseCorpus.Article),
    ["floor", var dir] => Floor.Run(dir),
    ["stages", var dir, var rules] => Stages.Run(dir, rules),
    ["warm", var dir, var rules, var jobs] => Stages.Warm(dir, rules, int.Parse(jobs, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(CorpusGenerator).Assembly).Run(args);
    return 0;
}
