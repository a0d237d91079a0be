namespace Herald.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Missing_path_argument_is_a_usage_error()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = HeraldApp.Run(["check"], output, error, new StringReader(string.Empty));

        Assert.Equal(HeraldApp.UsageError, exit);
    }
}
