handoff-after-hours = 🕘 Ora gli operatori non sono al lavoro: vedranno la tua richiesta da { $when }.
