# Quando il bot non può salvare (disco pieno o in sola lettura)
error-storage = Scusa, in questo momento non riesco a registrare richieste. Puoi andare di persona in uno spazio WeMi (/spazi) oppure visitare www.wemi.milano.it.
op-storage-unavailable = ⚠️ Il bot non riesce a salvare dati (spazio su disco esaurito o disco in sola lettura): non può registrare nuove richieste. Ai cittadini dice di andare in uno spazio WeMi. Avvisate chi gestisce il server.
op-storage-back = ✅ Il bot riesce di nuovo a salvare dati: le nuove richieste vengono registrate.
# Una notifica ripetuta (Telegram l'aveva già ricevuta, ma il bot non ha avuto conferma)
op-repeat = 🔁 <i>Può ripetere una notifica già arrivata per { $reference }: i pulsanti agiscono sulla stessa richiesta.</i>
# Una conversazione salvata che non si riesce a riprendere
error-replay = Scusa, ho perso il filo del discorso. Ricominciamo: scrivimi di cosa hai bisogno.
# /stato con più richieste di quante ne stiano in un messaggio
status-more = …e altre { $count } richieste meno recenti.
