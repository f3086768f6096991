handoff-after-hours = 🕘 Ahora mismo los trabajadores de WeMi no están de servicio: verán tu solicitud a partir del { $when }.
