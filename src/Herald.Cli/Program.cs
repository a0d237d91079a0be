using System.Text;
using Herald.Cli;

// Drafts on standard input are UTF-8 whatever the locale says; a byte order mark is honoured.
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);

// Into a file or a pipe, reports go out in large blocks rather than a system call for every few hundred characters (a
// report on 8,000 drafts took 11,000 writes); on a terminal the console's own writer keeps every line visible at once.
if (!Console.IsOutputRedirected)
{
    return HeraldApp.Run(args, Console.Out, Console.Error, input);
}

using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
return HeraldApp.Run(args, output, Console.Error, input);
