using System.Text;
using Herald.Cli;

// Drafts on standard input are UTF-8 whatever the locale says; a byte order mark is honoured.
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
return HeraldApp.Run(args, Console.Out, Console.Error, input);
