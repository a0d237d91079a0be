using Herald.Cli;

return HeraldApp.Run(args, Console.Out, Console.Error, Console.In);
