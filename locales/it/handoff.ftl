# Richiesta di contatto con un operatore (cittadino)
handoff-explain =
    <b>Un operatore WeMi può ricontattarti.</b>
    Per farlo mi servono il tuo nome e un numero di telefono. Li vedranno solo gli operatori WeMi, per rispondere alla tua richiesta. Dopo la chiusura della richiesta li cancello entro { $days } giorni, e puoi cancellarli prima quando vuoi con /cancella_dati.
    Sei d'accordo?
handoff-consent-yes = ✅ Sì, va bene
handoff-consent-no = No, grazie
handoff-no-consent = Va bene, non salvo nessun dato. Puoi andare direttamente in uno spazio WeMi:
handoff-no-consent-any = Va bene, non salvo nessun dato. Puoi andare direttamente in uno spazio WeMi (/spazi).
handoff-ask-consent-again = Rispondi «sì» o «no», oppure usa i pulsanti.
handoff-consent-name-first = Il nome te lo chiedo subito dopo: prima mi serve il tuo sì. Sei d'accordo? Rispondi «sì» o «no».
handoff-consent-phone-first = Il numero te lo chiedo subito dopo: prima mi serve il tuo sì. Sei d'accordo? Rispondi «sì» o «no».
handoff-ask-name = Come ti chiami? Scrivi nome e cognome{ $proposed ->
        [none] .
       *[other] , oppure tocca «{ $proposed }».
    }
handoff-use-name = Usa «{ $name }»
handoff-name-withheld-button = Preferisco non dirlo
handoff-name-withheld = (nome non indicato)
handoff-name-again = Mi serve solo il nome, per esempio «Anna Rossi». Se preferisci non dirlo, tocca «Preferisco non dirlo». Per fermarti scrivi «annulla».
handoff-ask-phone = A che numero possiamo chiamarti? Tocca «📱 Condividi il mio numero» oppure scrivilo (es. 333 123 4567). Se non vuoi dare il telefono, tocca «💬 Scrivetemi qui su Telegram».
handoff-going-back = Va bene, torniamo indietro.
handoff-area-kept = Va bene, la zona resta quella di prima.
handoff-contact-here = 💬 Scrivetemi qui su Telegram
handoff-contact-here-ok = Va bene: niente telefono. L'operatore ti scriverà qui, in questa chat.
handoff-phone-here = nessuno: l'operatore ti scrive qui su Telegram
handoff-share-phone = 📱 Condividi il mio numero
handoff-phone-invalid = Questo numero non sembra valido. Scrivilo per esempio così: 333 123 4567 oppure 02 1234 5678. Se preferisci non darlo, scrivi «contattatemi qui» e l'operatore ti risponderà in questa chat.
handoff-phone-which-country = { $typed } è un numero italiano o di un altro paese? Scrivilo con il prefisso, per esempio { $abroad } oppure { $italian }, così WeMi può richiamarti.
handoff-phone-not-yours = Per favore condividi il tuo numero, oppure scrivilo.
handoff-ask-time = Quando preferisci essere chiamato? Scegli o scrivilo (es. «dopo le 17»).
handoff-time-morning = Mattina
handoff-time-afternoon = Pomeriggio
handoff-time-evening = Verso sera
handoff-time-any = Indifferente
handoff-ask-time-again = Scegli «Mattina», «Pomeriggio» o «Indifferente», oppure scrivi quando (es. «dopo le 17»).
handoff-time-too-long = È più di un orario: scegli «Mattina», «Pomeriggio» o «Indifferente», oppure scrivi quando in poche parole. Il resto puoi scriverlo nella nota, subito dopo.
handoff-ask-note = Vuoi aggiungere una nota per l'operatore? Scrivila, oppure tocca «Nessuna nota».
handoff-no-note = Nessuna nota
handoff-ask-note-again = Scrivi la nota, oppure «no» se non serve.
handoff-note-shortened = La nota è lunga: all'operatore arrivano i primi { $max } caratteri. Il resto potrai dirglielo quando ti contatta.
handoff-summary =
    <b>Controlla la tua richiesta</b>
    Bisogno: { $need }
    Zona: { $place }
    Spazio: { $space }
    Nome: { $name }
    Telefono: { $phone }
    Quando: { $time }
    Nota: { $note }
handoff-confirm = ✅ Conferma
handoff-cancel = ❌ Annulla
handoff-confirm-again = Scrivi «conferma» per inviare la richiesta, «cambia» per correggerla, oppure «annulla».
handoff-cancelled = Va bene, non ho inviato nulla e non ho salvato i tuoi dati.
handoff-registered =
    ✅ <b>Richiesta registrata: { $reference }</b>
    Un operatore WeMi ti ricontatterà al numero che mi hai dato. Quando un operatore la prende in carico ti avviso qui.
    Con /stato vedi le tue richieste; con /annulla_richiesta puoi ritirarla.
handoff-registered-here =
    ✅ <b>Richiesta registrata: { $reference }</b>
    Un operatore WeMi ti scriverà qui, in questa chat. Quando la prende in carico ti avviso.
    Con /stato vedi le tue richieste; con /annulla_richiesta puoi ritirarla.
handoff-none = —
handoff-place-unknown = non indicata
handoff-space-unknown = da definire
handoff-already-open = Hai già una richiesta aperta ({ $reference }): un operatore ti ricontatterà. Con /stato vedi a che punto è.

# Stato e diritti
status-none = Non hai richieste registrate.
status-title = <b>Le tue richieste</b>
status-line = { $reference } – { $need } – { $status } ({ $date })
status-open = in attesa di un operatore
status-claimed = presa in carico da un operatore
status-closed = chiusa
status-withdrawn = ritirata
withdraw-none = Non hai richieste aperte da ritirare.
withdraw-button = Ritira { $reference }
withdraw-choose = Quale richiesta vuoi ritirare?
withdraw-done = Ho ritirato la richiesta { $reference } e ho avvisato gli operatori.
withdraw-confirm = Vuoi ritirare la richiesta { $reference }? Gli operatori non ti ricontatteranno.
withdraw-keep = No, lasciala
withdraw-kept = Va bene, la richiesta resta aperta.
withdraw-hint = Scrivi «sì» per ritirarla, oppure «no» per lasciarla aperta.
erase-confirm =
    Vuoi cancellare tutti i dati che ho su di te? Cancello: nome, telefono, note e parole delle tue richieste, la zona e la lingua che ricordo, le conversazioni in corso. Le richieste aperte vengono ritirate. Resta solo un conteggio anonimo.
erase-yes = Sì, cancella tutto
erase-no = No
erase-done = Fatto: ho cancellato i tuoi dati. Se mi riscrivi, ricominciamo da capo.
erase-kept = Va bene, non ho cancellato nulla.
erase-kept-request = Va bene, non ho cancellato nulla. La richiesta che stavi facendo si è fermata: per riprenderla tocca «📞 Voglio essere ricontattato».
erase-hint = Scrivi «sì» per cancellare tutto, oppure «no» per tenere i dati.

# Messaggi dagli operatori
handoff-claimed-citizen = 👤 Un operatore WeMi ha preso in carico la tua richiesta { $reference }. Puoi scrivere qui: i tuoi messaggi arrivano all'operatore.
handoff-closed-citizen = ✅ La tua richiesta { $reference } è stata chiusa. Grazie! Se ti serve altro, scrivimi.
handoff-operator-says = 👤 <b>Operatore WeMi</b>: { $text }
handoff-relayed = ✉️ Inviato all'operatore.
handoff-unavailable = Al momento non posso passarti a un operatore da qui. Puoi andare direttamente in uno spazio WeMi (/spazi): gli operatori ascoltano il tuo bisogno e ti orientano.

command-operatore = Parla con un operatore
command-stato = Le mie richieste
command-cancella_dati = Cancella i miei dati
handoff-cost-unknown-consent = { -cost-unknown }. Intanto: sei d'accordo che gli operatori WeMi vedano il tuo nome e il telefono? Rispondi «sì» o «no».
handoff-cost-unknown-name = { -cost-unknown }. Intanto, come ti chiami? Scrivi il nome, oppure tocca «Preferisco non dirlo».
handoff-cost-unknown-phone = { -cost-unknown }. Intanto, a che numero possiamo chiamarti? Se preferisci non dare il telefono, scrivi «contattatemi qui».
handoff-cost-unknown-time = { -cost-unknown }. Quando preferisci essere chiamato? Scegli o scrivilo (es. «dopo le 17»).
handoff-cost-unknown-note = { -cost-unknown } (se vuoi che te lo dica, riscrivi la domanda: diventa la nota). Vuoi aggiungere una nota per l'operatore? Scrivila, oppure tocca «Nessuna nota».
handoff-cost-unknown-summary = { -cost-unknown }. Scrivi «conferma» per inviare la richiesta, «cambia» per correggerla, oppure «annulla».
handoff-phone-not-name = Il nome ce l'ho già: { $name }. Ora mi serve il numero di telefono, per esempio 333 123 4567. Per correggere il nome scrivi «mi chiamo …». Se preferisci non dare il telefono, scrivi «contattatemi qui».
