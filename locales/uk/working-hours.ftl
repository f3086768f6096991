handoff-after-hours = 🕘 Працівники WeMi зараз не на роботі: вони побачать ваш запит з { $when }.
