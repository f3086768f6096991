# Traducere nerevizuită de un vorbitor nativ (vezi README).
handoff-explain =
    <b>O persoană de la WeMi te poate contacta.</b>
    Pentru asta am nevoie de numele tău și de un număr de telefon. Le vor vedea doar lucrătorii WeMi, ca să răspundă cererii tale. Le șterg în { $days } zile după închiderea cererii și le poți șterge mai devreme oricând cu /cancella_dati.
    Ești de acord?
handoff-consent-yes = ✅ Da, sunt de acord
handoff-consent-no = Nu, mulțumesc
handoff-no-consent = Bine, nu păstrez nicio dată. Poți merge direct la un spațiu WeMi:
handoff-no-consent-any = Bine, nu păstrez nicio dată. Poți merge direct la un spațiu WeMi (/spazi).
handoff-ask-consent-again = Răspunde "da" sau "nu", sau folosește butoanele.
handoff-consent-name-first = Numele ți-l cer imediat după: mai întâi am nevoie de acordul tău. Ești de acord? Răspunde "da" sau "nu".
handoff-consent-phone-first = Numărul ți-l cer imediat după: mai întâi am nevoie de acordul tău. Ești de acord? Răspunde "da" sau "nu".
handoff-ask-name = Cum te numești? Scrie numele și prenumele{ $proposed ->
        [none] .
       *[other] , sau apasă "{ $proposed }".
    }
handoff-use-name = Folosește "{ $name }"
handoff-name-withheld-button = Prefer să nu spun
handoff-name-withheld = (nume nespecificat)
handoff-name-again = Am nevoie doar de numele tău, de exemplu "Ana Popescu". Dacă preferi să nu-l spui, apasă "Prefer să nu spun". Ca să te oprești, scrie "anulează".
handoff-ask-phone = La ce număr te putem suna? Apasă "📱 Trimite numărul meu" sau scrie-l (ex. 333 123 4567). Dacă preferi să nu dai un telefon, apasă "💬 Scrie-mi aici pe Telegram".
handoff-going-back = Bine, ne întoarcem.
handoff-area-kept = Bine, zona rămâne cea de dinainte.
handoff-contact-here = 💬 Scrie-mi aici pe Telegram
handoff-contact-here-ok = Bine: fără telefon. Persoana de la WeMi îți va scrie aici, în acest chat.
handoff-phone-here = niciunul: persoana de la WeMi îți scrie aici pe Telegram
handoff-share-phone = 📱 Trimite numărul meu
handoff-phone-invalid = Numărul nu pare valid. Scrie-l așa, de exemplu: 333 123 4567 sau 02 1234 5678. Dacă preferi să nu-l dai, scrie "scrie-mi aici" și persoana de la WeMi îți va răspunde în acest chat.
handoff-phone-which-country = { $typed } e un număr din Italia sau din altă țară? Scrie-l cu prefixul țării, de exemplu { $abroad } sau { $italian }, ca WeMi să te poată suna înapoi.
handoff-phone-not-yours = Trimite numărul tău, sau scrie-l.
handoff-ask-time = Când preferi să fii sunat? Alege sau scrie (ex. "după ora 17").
handoff-time-morning = Dimineața
handoff-time-afternoon = După-amiaza
handoff-time-evening = Spre seară
handoff-time-any = Oricând
handoff-ask-time-again = Alege "Dimineața", "După-amiaza" sau "Oricând", sau scrie când (ex. "după ora 17").
handoff-time-too-long = E mai mult decât o oră: alege "Dimineața", "După-amiaza" sau "Oricând", sau scrie când în câteva cuvinte. Restul îl poți scrie în notă, imediat după.
handoff-ask-note = Vrei să adaugi o notă pentru lucrătorul WeMi? Scrie-o, sau apasă "Fără notă".
handoff-no-note = Fără notă
handoff-ask-note-again = Scrie nota, sau "nu" dacă nu e nevoie.
handoff-note-shortened = Nota e lungă: operatorului îi ajung primele { $max } caractere. Restul i-l poți spune când te contactează.
handoff-summary =
    <b>Verifică cererea</b>
    Nevoie: { $need }
    Zonă: { $place }
    Spațiu: { $space }
    Nume: { $name }
    Telefon: { $phone }
    Când: { $time }
    Notă: { $note }
handoff-confirm = ✅ Confirmă
handoff-cancel = ❌ Anulează
handoff-confirm-again = Scrie "confirm" ca să trimiți cererea, "schimbă" ca s-o corectezi, sau "anulează".
handoff-cancelled = Bine, nu am trimis nimic și nu am păstrat datele tale.
handoff-registered =
    ✅ <b>Cerere înregistrată: { $reference }</b>
    O persoană de la WeMi te va suna la numărul dat. Îți spun aici când cineva preia cererea.
    /stato arată cererile tale; /annulla_richiesta retrage una.
handoff-registered-here =
    ✅ <b>Cerere înregistrată: { $reference }</b>
    O persoană de la WeMi îți va scrie aici, în acest chat. Îți spun când cineva preia cererea.
    Cu /stato vezi cererile tale; cu /annulla_richiesta o poți retrage.
handoff-none = —
handoff-place-unknown = nespecificată
handoff-space-unknown = de stabilit
handoff-already-open = Ai deja o cerere deschisă ({ $reference }): o persoană te va suna. /stato arată unde a ajuns.

status-none = Nu ai cereri înregistrate.
status-title = <b>Cererile tale</b>
status-line = { $reference } – { $need } – { $status } ({ $date })
status-open = așteaptă un lucrător WeMi
status-claimed = preluată
status-closed = închisă
status-withdrawn = retrasă
withdraw-none = Nu ai cereri deschise de retras.
withdraw-button = Retrage { $reference }
withdraw-choose = Ce cerere vrei să retragi?
withdraw-done = Am retras cererea { $reference } și am anunțat WeMi.
withdraw-confirm = Vrei să retragi cererea { $reference }? WeMi nu te va mai contacta.
withdraw-keep = Nu, las-o
withdraw-kept = Bine, cererea rămâne deschisă.
withdraw-hint = Scrie „da” ca s-o retragi, sau „nu” ca s-o lași deschisă.
erase-confirm =
    Vrei să ștergi toate datele pe care le am despre tine? Șterg: numele, telefonul, notele și cuvintele cererilor tale, zona și limba pe care le țin minte, conversațiile în curs. Cererile deschise sunt retrase. Rămâne doar o numărătoare anonimă.
erase-yes = Da, șterge tot
erase-no = Nu
erase-done = Gata: datele tale sunt șterse. Dacă scrii din nou, începem de la zero.
erase-kept = Bine, nu am șters nimic.
erase-kept-request = Bine, nu am șters nimic. Cererea pe care o făceai s-a oprit: ca s-o reiei, atinge «📞 Vreau să mă contacteze cineva».
erase-hint = Scrie "da" ca să ștergi tot, sau "nu" ca să-ți păstrezi datele.

handoff-claimed-citizen = 👤 O persoană de la WeMi a preluat cererea ta { $reference }. Poți scrie aici: mesajele tale ajung la ea.
handoff-closed-citizen = ✅ Cererea ta { $reference } a fost închisă. Mulțumim! Dacă mai ai nevoie de ceva, scrie-mi.
handoff-operator-says = 👤 <b>WeMi</b>: { $text }
handoff-relayed = ✉️ Trimis lucrătorului WeMi.
handoff-unavailable = Acum nu te pot transfera de aici la o persoană. Poți merge direct la un spațiu WeMi (/spazi): personalul ascultă nevoia ta și te îndrumă.

command-operatore = Vorbește cu o persoană
command-stato = Cererile mele
command-cancella_dati = Șterge datele mele
handoff-cost-unknown-consent = { -cost-unknown }. Între timp: ești de acord ca lucrătorii WeMi să vadă numele și telefonul tău? Răspunde "da" sau "nu".
handoff-cost-unknown-name = { -cost-unknown }. Până atunci, cum te cheamă? Scrie numele sau apasă "Prefer să nu spun".
handoff-cost-unknown-phone = { -cost-unknown }. Până atunci, la ce număr te putem suna? Dacă preferi să nu dai telefonul, scrie "scrie-mi aici".
handoff-cost-unknown-time = { -cost-unknown }. Când preferi să fii sunat? Alege sau scrie (ex. "după ora 17").
handoff-cost-unknown-note = { -cost-unknown } (ca s-o întrebi, scrie din nou întrebarea: devine nota). Vrei să adaugi o notă pentru lucrătorul WeMi? Scrie-o, sau apasă "Fără notă".
handoff-cost-unknown-summary = { -cost-unknown }. Scrie "confirm" ca să trimiți cererea, "schimbă" ca s-o corectezi, sau "anulează".
handoff-phone-not-name = Numele îl am deja: { $name }. Acum am nevoie de un număr de telefon, de exemplu 333 123 4567. Ca să corectezi numele, scrie "mă numesc …". Dacă preferi să nu dai telefonul, scrie "scrie-mi aici".
