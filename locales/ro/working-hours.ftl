handoff-after-hours = 🕘 Lucrătorii WeMi nu sunt la program acum: îți vor vedea cererea începând de { $when }.
