# Testi per i cittadini, in italiano semplice. HTML di Telegram: <b>, <i>, <a href>.
# Le variabili che arrivano dagli utenti sono già protette (escape) dal codice.

welcome =
    Ciao{ $name ->
        [none] {""}
       *[other] {" "}{ $name }
    } 👋 Sono l'assistente di <b>WeMi</b>, la rete del welfare del Comune di Milano.
    Ti aiuto a capire quale servizio fa per te e quale spazio WeMi può seguirti: badante, colf, tata, pasti a domicilio, sostegno per chi assiste un familiare e altro ancora.
    🔒 Uso i tuoi messaggi solo per orientarti. Dettagli: /privacy

    <b>Di cosa hai bisogno?</b> Scrivilo con parole tue, oppure scegli qui sotto.
ask-need = <b>Di cosa hai bisogno?</b> Scrivilo con parole tue, oppure scegli qui sotto.
ask-which-help = Certo, ti aiuto volentieri. <b>Di che aiuto hai bisogno?</b> Scrivilo con parole tue, oppure scegli qui sotto.
help =
    <b>Come funziona</b>
    1. Scrivimi di cosa hai bisogno, con parole tue (per esempio: «mia madre non riesce più a stare da sola»).
    2. Dimmi in che zona di Milano abiti: quartiere, via o Municipio, oppure inviami la posizione.
    3. Ti dico quale servizio fa per te e quale spazio WeMi può aiutarti.

    Puoi sempre scrivere invece di toccare i pulsanti: «sì», «no», «salta», «cambia zona».

    <b>Comandi</b>
    /start – ricomincia
    /operatore – farti ricontattare da un operatore WeMi
    /stato – le tue richieste
    /annulla_richiesta – ritira una richiesta
    /spazi – tutti gli spazi WeMi
    /annulla – interrompe la domanda in corso
    /lingua – cambia lingua
    /privacy – quali dati uso e perché
    /cancella_dati – cancella tutti i tuoi dati

    🆘 Se tu o qualcuno siete in pericolo: 112. Violenza e stalking: 1522, gratuito, 24 ore su 24.
cancelled = Va bene, ho interrotto. Quando vuoi, scrivimi di cosa hai bisogno.
nothing-to-cancel = Non c'è nessuna domanda in corso. Scrivimi pure di cosa hai bisogno.
privacy =
    <b>Privacy</b>
    <b>Cosa salvo e perché.</b> Uso quello che mi scrivi solo per capire di cosa hai bisogno e indicarti lo spazio WeMi giusto. Ricordo la lingua scelta, la zona (solo il Municipio o il quartiere; la via che mi scrivi solo in memoria, per un'ora) e l'ultimo bisogno (le tue parole solo in memoria, per un'ora), per non chiederteli di nuovo e per passarli a un operatore se me lo chiedi.
    <b>Richieste di contatto.</b> Solo con il tuo consenso esplicito salvo nome, telefono, orario preferito, nota e la zona del riepilogo: li vedono solo gli operatori WeMi. Dopo la chiusura della richiesta li cancello entro { $days } giorni; resta solo un conteggio anonimo. Una conversazione lasciata a metà la cancello dopo 24 ore; se non mi scrivi per { $days } giorni dimentico anche zona, lingua e ultimo bisogno.
    <b>I tuoi diritti.</b> /stato mostra le tue richieste; /cancella_dati cancella tutto quello che ho su di te, quando vuoi.
    Il servizio è del Comune di Milano (rete WeMi). Per altre domande sui tuoi dati rivolgiti a uno spazio WeMi.
choose-language = Scegli la lingua / Choose your language / Elige el idioma / Alege limba / Оберіть мову:
language-set = Ok, da ora ti scrivo in italiano.

# Bottoni
button-other = ✏️ Altro
button-operator = 🙋 Parla con un operatore
button-send-location = 📍 Invia posizione
button-skip-place = Preferisco non dirlo
button-contact-me = 📞 Voglio essere ricontattato
button-new-need = 🔁 Ho un altro bisogno
button-all-spaces = 🏠 Tutti gli spazi WeMi
button-other-needs = ➕ Altri bisogni
button-change-place = ✏️ Non è giusto, cambia zona
button-give-place = 📍 Dimmi la tua zona
button-also = ➕ Hai chiesto anche: { $need }
button-danger-person = 🙋 Voglio parlare con una persona

# Orientamento
did-you-mean = Non sono sicuro di aver capito. Intendevi…?
did-you-mean-which = Quale di queste? Tocca un pulsante o scrivine il nome.
all-needs = Ecco tutti i bisogni di cui mi occupo: scegli quello giusto.
you-are-welcome = Prego! 😊 Se ti serve altro, scrivimi.
closing-bye = Va bene. Se ti serve altro, scrivimi quando vuoi.
closing-bye-thanks = Prego, e in bocca al lupo! Se ti serve altro, scrivimi quando vuoi.
in-person-spaces = Va bene, niente chiamata. Per parlare con qualcuno di persona puoi andare in uno di questi spazi. { answer-contacts }
danger-answer = Se tu o qualcun altro siete in pericolo adesso, chiama subito il 112. Per violenza, maltrattamenti o stalking chiama il 1522: è gratuito e risponde 24 ore su 24.
danger-offer = Se vuoi, un operatore WeMi può anche ricontattarti: tocca il pulsante qui sotto o scrivi «sì».
danger-gentle = Grazie di avermelo raccontato. Se tu o qualcuno foste in pericolo, anche in futuro: 112. Per violenza, maltrattamenti o stalking c'è il 1522, gratuito, 24 ore su 24.
rephrase = Nessun problema: raccontami con altre parole di cosa hai bisogno.
still-unclear = Mi dispiace, non riesco a capire bene. Può aiutarti una persona: scegli «Parla con un operatore», oppure guarda tutti gli spazi WeMi.
out-of-scope =
    Su questo non posso aiutarti, mi dispiace. Mi occupo dei servizi WeMi del Comune di Milano: assistenza in casa (badante, colf, tata), pasti e spesa a domicilio, sostegno a chi assiste un familiare, DSA, lavoro, corsi di italiano, CAF e patronato, attività per anziani e per bambini.
    Scrivimi di cosa hai bisogno, oppure scegli qui sotto.
after-closed = La tua richiesta { $reference } è stata chiusa da un operatore. Se ti serve ancora aiuto, tocca «🙋 Parla con un operatore» e un operatore ti ricontatterà, oppure scrivimi di cosa hai bisogno.
ask-place =
    <b>In che zona di Milano abiti?</b>
    Scrivi il quartiere, la via con il numero civico o il Municipio, oppure tocca «📍 Invia posizione».
ask-place-relative =
    <b>{ $town } è fuori Milano: in che zona di Milano vive la persona per cui chiedi?</b>
    Scrivi il quartiere, la via con il numero civico o il Municipio.
ask-town-or-area =
    <b>{ $name }: la zona di Milano o la città di { $name }?</b>
    Scrivi «zona { $name }» o «città di { $name }», oppure la via con il numero civico.
place-not-understood = Non ho riconosciuto il luogo. Prova con il nome del quartiere (es. «Niguarda»), una via con il numero (es. «via Padova 120») o il Municipio (es. «Municipio 2»), tocca «📍 Invia posizione», oppure scrivi «preferisco non dirlo».
place-stale-button = Quel pulsante era di una domanda precedente. Ora mi serve la zona: scrivi il quartiere o una via con il numero, tocca «{ button-send-location }», oppure scrivi «{ button-skip-place }».
place-cost-unknown =
    { -cost-unknown }.
    Intanto, <b>in che zona di Milano abiti?</b> Scrivi il quartiere, la via con il numero civico o il Municipio.
place-skipped = Va bene, continuo senza la zona.
place-new-need = Va bene, vediamo questa richiesta.
place-given-up = Non riesco a riconoscere la zona: continuo senza. Puoi indicarla quando vuoi scrivendo «cambia zona».
place-saved-ask-need = 📍 Ho registrato la zona. <b>Di cosa hai bisogno?</b> Scrivilo con parole tue, oppure scegli qui sotto.
ask-house-number = { $street } attraversa più Municipi. Mi dici il numero civico?
house-number-cost-unknown =
    { -cost-unknown }.
    Intanto, mi dici il numero civico in { $street }?
place-remembered = 📍 Uso la zona che mi hai indicato: { $place }.
place-understood = 📍 Ho capito: { $place }.
place-municipio = Municipio { $municipio }
place-candidates = Municipio { $candidates }
place-area = { $area }, { $municipi }
place-said = { $said } → { $municipi }
place-outside = Fuori Milano
place-outside-town = { $town }, fuori Milano
place-point = la posizione che mi hai mandato
choose-an-answer = Scegli una delle risposte qui sotto, oppure scrivila.
not-a-place-answer = Per continuare mi serve la zona: scrivila, oppure tocca «📍 Invia posizione» o «Preferisco non dirlo».

# Risposta
answer-intro = <b>{ $need }</b>
answer-spaces-title = <b>Dove rivolgerti</b>
answer-outside-milan = ℹ️ WeMi è la rete del Comune di Milano e serve chi vive a Milano. Ti indico comunque gli spazi che possono darti informazioni.
answer-unknown-place = ℹ️ Non so in che zona abiti: ti indico gli spazi che offrono questo servizio. Scrivimi il quartiere per trovare lo spazio più vicino.
answer-unknown-place-none = ℹ️ Non so in che zona abiti: scrivimi il quartiere e ti indico lo spazio WeMi più vicino a cui chiedere.
answer-no-space = Nessuno spazio WeMi offre proprio questo servizio: puoi chiedere informazioni in qualsiasi spazio WeMi (/spazi).
answer-service-for-women = ℹ️ «{ $service }» è un servizio per sole donne. Per un uomo chiedi le alternative in uno spazio WeMi o guarda il portale www.wemi.milano.it
answer-contacts = Orari e contatti: sul portale WeMi del Comune di Milano, www.wemi.milano.it
answer-also = <b>Anche qui</b>
answer-details-title = <b>Gli spazi, in dettaglio</b>
services-how-title = <b>Come funziona: { $need }</b>
services-how-bot = Per sapere come funziona questo bot: /aiuto
button-details = ℹ️ Chi gestisce gli spazi e altri dettagli
answer-next = Vuoi essere ricontattato da un operatore?
# The bot knows no prices: one sentence, wherever costs are asked (name, phone, time, note, summary, area, offer, nothing asked).
-cost-unknown = Non conosco i costi dei servizi: te li possono dire in uno spazio WeMi (/spazi), sul portale www.wemi.milano.it o l'operatore quando ti contatta
cost-unknown = { -cost-unknown }. Scrivimi di cosa hai bisogno, oppure scegli qui sotto.
cost-unknown-offer = { -cost-unknown }. Vuoi essere ricontattato da un operatore?
unsure-offer = Nessun problema: un operatore WeMi può aiutarti a capire cosa fa per te. Se vuoi essere ricontattato, tocca il pulsante o scrivi «sì».
space-card =
    🏠 <b>{ $name }</b> – Municipio { $municipio }
    📍 { $address }
space-managed-by = 👥 { $managedBy }
space-host = 🏛 { $host }
space-service = ✅ Qui: { $service }
space-distance = 📏 A circa { $km } km da te
space-phone = ☎️ { $phone }
space-email = ✉️ { $email }
space-hours = 🕒 { $hours }
space-website = 🌐 { $website }
reason-offers_service = È lo spazio che offre questo servizio.
reason-city_wide = Serve tutta la città.
reason-your_municipio = È lo spazio WeMi del tuo Municipio.
reason-possible_municipio = È lo spazio WeMi di uno dei Municipi della tua zona.
spaces-title = <b>Gli spazi WeMi di Milano</b>
spaces-municipio = <b>Municipio { $municipio }</b>
spaces-city-wide = <b>Per tutta la città</b>

# Messaggi particolari
media-not-supported = Posso leggere solo messaggi scritti 🙂 Scrivimi con parole tue, oppure usa i pulsanti.
location-saved = 📍 Grazie, ho registrato la tua zona: { $place }. Ora scrivimi di cosa hai bisogno.
location-outside = 📍 Questa posizione è fuori Milano. WeMi serve chi vive a Milano: scrivimi comunque di cosa hai bisogno.
edited-ignored = Ho visto che hai modificato un messaggio: { $during ->
        [contact] la modifica non mi arriva, scrivimi di nuovo la risposta. Per correggere il nome scrivi «mi chiamo …».
       *[other] scrivimi pure di nuovo, come un messaggio nuovo.
    }
stale-button = Questo pulsante non è più attivo. Scrivimi di cosa hai bisogno.
group-not-supported = Ciao! Questo assistente funziona solo in chat privata: scrivimi direttamente. Esco dal gruppo.
error-generic = Scusa, qualcosa non ha funzionato. Riprova tra poco, oppure rivolgiti a uno spazio WeMi (/spazi).

# Menu dei comandi (setMyCommands)
command-start = Ricomincia
command-aiuto = Come funziona
command-annulla = Interrompe la domanda in corso
command-annulla_richiesta = Ritira la tua richiesta
command-spazi = Tutti gli spazi WeMi
command-privacy = Quali dati uso e perché
command-lingua = Cambia lingua / Change language
time-not-asked = Ho letto un orario, ma adesso non ti sto chiedendo quando chiamarti. Se vuoi essere ricontattato, scrivi di che aiuto hai bisogno oppure «vorrei parlare con un operatore»: l'orario te lo chiedo lì.
