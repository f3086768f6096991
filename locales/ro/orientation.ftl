# Texte pentru cetățeni, în română simplă. HTML Telegram: <b>, <i>, <a href>.
# Variabilele venite de la oameni sunt deja protejate de cod.
# Traducere nerevizuită de un vorbitor nativ (vezi README).

welcome =
    Bună{ $name ->
        [none] {""}
       *[other] {" "}{ $name }
    } 👋 Sunt asistentul <b>WeMi</b>, rețeaua de asistență socială a Primăriei Milano.
    Te ajut să găsești serviciul potrivit și spațiul WeMi care te poate ajuta: îngrijitoare, menajeră, bonă, masă la domiciliu, sprijin pentru cei care îngrijesc o rudă și altele.
    🔒 Folosesc mesajele tale doar ca să te îndrum. Detalii: /privacy

    <b>De ce ai nevoie?</b> Scrie cu cuvintele tale sau alege mai jos.
ask-need = <b>De ce ai nevoie?</b> Scrie cu cuvintele tale sau alege mai jos.
ask-which-help = Sigur, te ajut cu drag. <b>De ce fel de ajutor ai nevoie?</b> Scrie cu cuvintele tale sau alege mai jos.
help =
    <b>Cum funcționează</b>
    1. Spune-mi de ce ai nevoie, cu cuvintele tale (de exemplu: "mama nu mai poate locui singură").
    2. Spune-mi în ce zonă din Milano locuiești: cartier, stradă sau Municipio, sau trimite-mi locația.
    3. Îți spun ce serviciu ți se potrivește și ce spațiu WeMi te poate ajuta.

    Poți oricând să scrii în loc să apeși butoanele: "da", "nu", "sari", "schimbă zona".

    <b>Comenzi</b>
    /start – începe din nou
    /operatore – să te contacteze o persoană de la WeMi
    /stato – cererile tale
    /annulla_richiesta – retrage o cerere
    /spazi – toate spațiile WeMi
    /annulla – oprește întrebarea în curs
    /lingua – schimbă limba
    /privacy – ce date folosesc și de ce
    /cancella_dati – șterge toate datele tale

    🆘 Dacă tu sau altcineva sunteți în pericol: 112. Violență și hărțuire: 1522, gratuit, 24 de ore din 24.
cancelled = Bine, mă opresc aici. Când vrei, spune-mi de ce ai nevoie.
nothing-to-cancel = Nu e nicio întrebare în curs. Spune-mi de ce ai nevoie.
privacy =
    <b>Confidențialitate</b>
    <b>Ce păstrez și de ce.</b> Folosesc ce scrii doar ca să înțeleg nevoia ta și să te îndrum la spațiul WeMi potrivit. Țin minte limba, zona ta (doar Municipio sau cartierul; strada pe care mi-o scrii doar în memorie, timp de o oră) și ultima ta nevoie (cuvintele tale doar în memorie, timp de o oră), ca să nu te întreb din nou și să o transmit unei persoane dacă îmi ceri.
    <b>Cereri de contact.</b> Doar cu acordul tău explicit păstrez numele, telefonul, ora preferată, nota și zona din rezumat: le văd doar lucrătorii WeMi. După închiderea cererii le șterg în { $days } zile; rămâne doar o numărătoare anonimă. O conversație lăsată la jumătate se șterge după 24 de ore; dacă nu scrii { $days } zile uit și zona, limba și ultima nevoie.
    <b>Drepturile tale.</b> /stato arată cererile tale; /cancella_dati șterge tot ce am despre tine, oricând.
    Serviciul aparține Primăriei Milano (rețeaua WeMi). Pentru alte întrebări despre datele tale, întreabă la un spațiu WeMi.
choose-language = Scegli la lingua / Choose your language / Elige el idioma / Alege limba / Оберіть мову:
language-set = Bine, de acum îți scriu în română.

button-other = ✏️ Altceva
button-operator = 🙋 Vorbește cu o persoană
button-send-location = 📍 Trimite locația
button-skip-place = Prefer să nu spun
button-contact-me = 📞 Vreau să mă contacteze cineva
button-new-need = 🔁 Altă nevoie
button-all-spaces = 🏠 Toate spațiile WeMi
button-other-needs = ➕ Alte nevoi
button-change-place = ✏️ Nu e corect, schimbă zona
button-give-place = 📍 Spune-mi zona ta
button-also = ➕ Ai întrebat și despre: { $need }
button-danger-person = 🙋 Vreau să vorbesc cu o persoană

did-you-mean = Nu sunt sigur că am înțeles. Te refereai la…?
did-you-mean-which = Care dintre acestea? Apasă un buton sau scrie-i numele.
all-needs = Acestea sunt toate nevoile la care te pot ajuta: alege-o pe cea potrivită.
you-are-welcome = Cu plăcere! 😊 Dacă mai ai nevoie de ceva, scrie-mi.
closing-bye = Bine. Dacă mai ai nevoie de ceva, scrie-mi oricând.
closing-bye-thanks = Cu plăcere, și mult noroc! Dacă mai ai nevoie de ceva, scrie-mi oricând.
in-person-spaces = Bine, fără apel. Ca să vorbești cu cineva în persoană, poți merge la unul dintre aceste spații. { answer-contacts }
danger-answer = Dacă tu sau altcineva sunteți în pericol acum, sună imediat la 112. Pentru violență, abuz sau hărțuire sună la 1522: e gratuit și răspunde 24 de ore din 24.
danger-offer = Dacă vrei, te poate contacta și o persoană de la WeMi: apasă butonul de mai jos sau scrie "da".
danger-gentle = Mulțumesc că mi-ai spus. Dacă tu sau altcineva sunteți vreodată în pericol: 112. Pentru violență, abuz sau hărțuire există 1522, gratuit, 24 de ore din 24.
rephrase = Nicio problemă: spune-mi cu alte cuvinte de ce ai nevoie.
still-unclear = Îmi pare rău, nu reușesc să înțeleg. O persoană te poate ajuta: alege "Vorbește cu o persoană" sau vezi toate spațiile WeMi.
out-of-scope =
    Îmi pare rău, aici nu te pot ajuta. Mă ocup de serviciile WeMi ale Primăriei Milano: ajutor acasă (îngrijitoare, menajeră, bonă), masă și cumpărături la domiciliu, sprijin pentru cei care îngrijesc o rudă, tulburări de învățare (DSA), muncă, cursuri de italiană, acte pentru taxe și pensie (CAF, patronato), activități pentru vârstnici și pentru copii.
    Spune-mi de ce ai nevoie sau alege mai jos.
after-closed = Cererea ta { $reference } a fost închisă de un lucrător WeMi. Dacă încă ai nevoie de ajutor, apasă "🙋 Vorbește cu o persoană" și cineva te va contacta din nou, sau spune-mi de ce ai nevoie.
ask-place =
    <b>În ce zonă din Milano locuiești?</b>
    Scrie cartierul, strada cu numărul sau Municipio, sau apasă "📍 Trimite locația".
ask-place-relative =
    <b>{ $town } e în afara Milano: în ce zonă din Milano locuiește persoana pentru care întrebi?</b>
    Scrie cartierul, strada cu numărul sau Municipio.
ask-town-or-area =
    <b>{ $name }: zona din Milano sau orașul { $name }?</b>
    Scrie "zona { $name }" sau "orașul { $name }", ori strada cu numărul.
place-not-understood = Nu am recunoscut locul. Încearcă cu cartierul (ex. "Niguarda"), o stradă cu număr (ex. "via Padova 120") sau Municipio (ex. "Municipio 2"), apasă "📍 Trimite locația" sau scrie "prefer să nu spun".
place-stale-button = Acel buton era pentru o întrebare anterioară. Acum am nevoie de zonă: scrie cartierul sau o stradă cu număr, apasă "{ button-send-location }" sau scrie "{ button-skip-place }".
place-cost-unknown =
    { -cost-unknown }.
    Până atunci, <b>în ce zonă din Milano locuiești?</b> Scrie cartierul, strada cu numărul sau Municipio.
place-skipped = Bine, continui fără zonă.
place-new-need = Bine, să vedem această cerere.
place-given-up = Nu reușesc să recunosc zona: continui fără ea. Mi-o poți spune oricând scriind "schimbă zona".
place-saved-ask-need = 📍 Am salvat zona. <b>De ce ai nevoie?</b> Scrie cu cuvintele tale sau alege mai jos.
ask-house-number = { $street } trece prin mai multe Municipii. Ce număr este?
house-number-cost-unknown =
    { -cost-unknown }.
    Între timp, ce număr este pe { $street }?
place-remembered = 📍 Folosesc zona pe care mi-ai spus-o: { $place }.
place-understood = 📍 Am înțeles: { $place }.
place-municipio = Municipio { $municipio }
place-candidates = Municipio { $candidates }
place-area = { $area }, { $municipi }
place-said = { $said } → { $municipi }
place-outside = În afara orașului Milano
place-outside-town = { $town }, în afara orașului Milano
place-point = locația trimisă de tine
choose-an-answer = Alege unul dintre răspunsurile de mai jos sau scrie-l.
not-a-place-answer = Ca să continui am nevoie de zona ta: scrie-o, sau apasă "📍 Trimite locația" sau "Prefer să nu spun".

answer-intro = <b>{ $need }</b>
answer-spaces-title = <b>Unde să mergi</b>
answer-outside-milan = ℹ️ WeMi este rețeaua Primăriei Milano și îi servește pe cei care locuiesc în Milano. Iată spațiile care îți pot da totuși informații.
answer-unknown-place = ℹ️ Nu știu unde locuiești, așa că îți arăt spațiile care oferă acest serviciu. Spune-mi cartierul ca să găsesc cel mai apropiat.
answer-unknown-place-none = ℹ️ Nu știu unde locuiești: spune-mi cartierul și îți arăt cel mai apropiat spațiu WeMi unde poți întreba.
answer-no-space = Niciun spațiu WeMi nu oferă exact acest serviciu: poți cere informații la orice spațiu WeMi (/spazi).
answer-service-for-women = ℹ️ «{ $service }» este doar pentru femei. Pentru un bărbat, întreabă la un spațiu WeMi ce alte variante există sau vezi portalul www.wemi.milano.it
answer-contacts = Program și contacte: pe portalul WeMi al Primăriei Milano, www.wemi.milano.it
answer-also = <b>Și aici</b>
answer-details-title = <b>Spațiile, în detaliu</b>
services-how-title = <b>Cum funcționează: { $need }</b>
services-how-bot = Ca să afli cum funcționează acest bot: /aiuto
button-details = ℹ️ Cine gestionează spațiile, și alte detalii
answer-next = Vrei să te contacteze o persoană de la WeMi?
# The bot knows no prices: one sentence, wherever costs are asked (name, phone, time, note, summary, area, offer, nothing asked).
-cost-unknown = Nu cunosc costurile serviciilor: ți le pot spune într-un spațiu WeMi (/spazi), pe portalul www.wemi.milano.it sau persoana de la WeMi care te contactează
cost-unknown = { -cost-unknown }. Spune-mi de ce ai nevoie sau alege mai jos.
cost-unknown-offer = { -cost-unknown }. Vrei să te contacteze o persoană de la WeMi?
unsure-offer = Nicio problemă: o persoană de la WeMi te poate ajuta să vezi ce ți se potrivește. Dacă vrei să te contacteze, apasă butonul sau scrie "da".
space-card =
    🏠 <b>{ $name }</b> – Municipio { $municipio }
    📍 { $address }
space-managed-by = 👥 { $managedBy }
space-host = 🏛 { $host }
space-service = ✅ Aici: { $service }
space-distance = 📏 Cam la { $km } km de tine
space-phone = ☎️ { $phone }
space-email = ✉️ { $email }
space-hours = 🕒 { $hours }
space-website = 🌐 { $website }
reason-offers_service = Este spațiul care oferă acest serviciu.
reason-city_wide = Servește tot orașul.
reason-your_municipio = Este spațiul WeMi al Municipiului tău.
reason-possible_municipio = Este spațiul WeMi al unuia dintre Municipiile din zona ta.
spaces-title = <b>Spațiile WeMi din Milano</b>
spaces-municipio = <b>Municipio { $municipio }</b>
spaces-city-wide = <b>Pentru tot orașul</b>

media-not-supported = Pot citi doar mesaje scrise 🙂 Scrie-mi cu cuvintele tale sau folosește butoanele.
location-saved = 📍 Mulțumesc, am notat zona ta: { $place }. Acum spune-mi de ce ai nevoie.
location-outside = 📍 Această locație este în afara orașului Milano. WeMi îi servește pe cei care locuiesc în Milano: spune-mi totuși de ce ai nevoie.
edited-ignored = Am văzut că ai modificat un mesaj: { $during ->
        [contact] modificarea nu ajunge la mine, scrie din nou răspunsul. Ca să corectezi numele, scrie "mă numesc …".
       *[other] trimite-l din nou ca mesaj nou.
    }
stale-button = Acest buton nu mai este activ. Spune-mi de ce ai nevoie.
group-not-supported = Bună! Acest asistent funcționează doar în chat privat: scrie-mi direct. Ies din grup.
error-generic = Îmi pare rău, ceva nu a mers. Încearcă din nou puțin mai târziu, sau mergi la un spațiu WeMi (/spazi).

command-start = Începe din nou
command-aiuto = Cum funcționează
command-annulla = Oprește întrebarea în curs
command-annulla_richiesta = Retrage cererea
command-spazi = Toate spațiile WeMi
command-privacy = Ce date folosesc și de ce
command-lingua = Schimbă limba / Change language
time-not-asked = Am citit o oră, dar acum nu te întreb când să te sunăm. Dacă vrei să fii contactat, scrie de ce ajutor ai nevoie sau "vreau să vorbesc cu o persoană": ora o întreb acolo.
