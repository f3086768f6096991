# Testi per gli operatori WeMi (nel loro gruppo Telegram)
op-notification =
    { $mark } <b>Richiesta { $reference }</b> – { $status }
    <b>Bisogno:</b> { $need }
    <b>Parole del cittadino:</b> { $needText }
    <b>Zona:</b> { $place }
    <b>Spazio consigliato:</b> { $space }
    <b>Nome:</b> { $name }
    <b>Telefono:</b> { $phone }
    <b>Quando chiamare:</b> { $time }
    <b>Nota:</b> { $note }
    <b>Riepilogo:</b> { $summary }
# La lingua del cittadino detta per nome: un operatore che richiama sa in che lingua parlare.
# Per una lingua che il bot legge soltanto, quella in cui il cittadino ha scritto.
op-summary = il bot ha riconosciuto «{ $need }» e ha proposto: { $spaces }. Lingua: { $language ->
        [en] inglese
        [es] spagnolo
        [ro] rumeno
        [uk] ucraino
        [ru] russo
        [tl] tagalog
        [ar] arabo
        [fr] francese
        [pt] portoghese
        [sq] albanese
        [zh] cinese
        [si] singalese
       *[it] italiano
    }.
op-status-open = da prendere in carico
op-status-claimed = presa in carico da { $operator }
op-status-closed = chiusa da { $operator }
op-status-withdrawn = ritirata dal cittadino
op-erased = (dati cancellati)
# Un orario scritto dal cittadino (non un pulsante), com'è, anche in un'altra lingua.
op-typed-time = «{ $time }» (parole del cittadino)
op-phone-telegram = nessuno: rispondere qui su Telegram (prendi in carico, poi rispondi a questo messaggio)
op-claim = 🙋 Prendo in carico
op-close = ✅ Chiudi
op-topic = { $reference } · { $need }
op-claimed = Presa in carico: rispondi a questo messaggio per scrivere al cittadino.
op-already-yours = È già tua.
op-taken = L'ha già presa { $operator }.
op-not-open = Questa richiesta non è più aperta.
op-not-allowed = Solo gli operatori di questo gruppo possono farlo.
op-check-failed = Telegram non mi dice ora chi è nel gruppo: riprova tra poco.
op-unknown = Richiesta non trovata.
op-closed = Chiusa.
op-citizen-says = 💬 <b>{ $reference }</b> – il cittadino scrive: { $text }
op-citizen-sent-media = 💬 <b>{ $reference }</b> – il cittadino ha inviato un allegato:
op-citizen-blocked = ⚠️ { $reference }: il cittadino ha bloccato il bot, i messaggi non gli arrivano più.
op-withdrawn = ↩️ { $reference }: il cittadino ha ritirato la richiesta.
# Un operatore scrive o agisce su una richiesta i cui dati sono stati cancellati (dal cittadino o per la conservazione).
op-citizen-erased = 🗑️ { $reference }: i dati del cittadino sono stati cancellati, non posso più scrivergli.
op-claim-first = Prendi in carico la richiesta { $reference } prima di scrivere al cittadino.
op-relayed = ✉️ Inviato al cittadino.
# Scrive al cittadino un operatore diverso da chi ha preso in carico la richiesta: inviato, e il gruppo lo sa.
op-replied-by-another = ℹ️ { $reference }: { $replier } ha scritto al cittadino; la richiesta resta presa in carico da { $operator }.
