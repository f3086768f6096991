admin-stats-chart = 📊 Gli stessi dati degli ultimi { $days } giorni in un grafico (il testo sopra li riporta per intero).
