error-storage = Îmi pare rău, acum nu pot înregistra cereri. Poți merge personal la un spațiu WeMi (/spazi) sau poți vizita www.wemi.milano.it.
error-replay = Îmi pare rău, am pierdut firul conversației. Să începem din nou: spune-mi de ce ai nevoie.
status-more = …și încă { $count } cereri mai vechi.
