handoff-after-hours = 🕘 The operators are not at work right now: they will see your request from { $when }.
