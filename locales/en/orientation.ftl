# Texts for citizens, in plain English. Telegram HTML: <b>, <i>, <a href>.
# Variables coming from users are already escaped by the code.

welcome =
    Hello{ $name ->
        [none] {""}
       *[other] {" "}{ $name }
    } 👋 I am the assistant of <b>WeMi</b>, the City of Milan's welfare network.
    I help you find the service that fits your need and the WeMi space that can help you: a carer, a domestic helper, a nanny, home-delivered meals, support for family carers and more.
    🔒 I use your messages only to guide you. Details: /privacy

    <b>What do you need?</b> Write it in your own words, or choose below.
ask-need = <b>What do you need?</b> Write it in your own words, or choose below.
ask-which-help = Of course, I'm glad to help. <b>What kind of help do you need?</b> Write it in your own words, or choose below.
help =
    <b>How it works</b>
    1. Tell me what you need, in your own words (for example: "my mother can no longer live alone").
    2. Tell me where in Milan you live: neighbourhood, street or Municipio, or send me your location.
    3. I tell you which service fits and which WeMi space can help you.

    You can always type instead of tapping the buttons: "yes", "no", "skip", "change area".

    <b>Commands</b>
    /start – start again
    /operatore – be contacted by a WeMi worker
    /stato – your requests
    /annulla_richiesta – withdraw a request
    /spazi – all WeMi spaces
    /annulla – stop the current question
    /lingua – change language
    /privacy – what data I use and why
    /cancella_dati – delete all your data

    🆘 If you or someone else is in danger: 112. Violence and stalking: 1522, free, 24 hours a day.
cancelled = All right, I stopped. Whenever you like, tell me what you need.
nothing-to-cancel = There is no question in progress. Just tell me what you need.
privacy =
    <b>Privacy</b>
    <b>What I keep and why.</b> I use what you write only to understand your need and point you to the right WeMi space. I remember the language you chose, your area (only the Municipio or neighbourhood; a street you give only in memory, for an hour) and your last need (your own words only in memory, for an hour), so as not to ask again and to pass them to a worker if you ask me to.
    <b>Contact requests.</b> Only with your explicit consent I keep your name, phone, preferred time, note and the area shown in the summary: only WeMi workers see them. After the request is closed I delete them within { $days } days; only an anonymous count remains. A conversation left halfway is deleted after 24 hours; if you don't write for { $days } days I also forget your area, language and last need.
    <b>Your rights.</b> /stato shows your requests; /cancella_dati deletes everything I hold about you, at any time.
    The service belongs to the City of Milan (WeMi network). For other questions about your data, ask at a WeMi space.
choose-language = Scegli la lingua / Choose your language / Elige el idioma / Alege limba / Оберіть мову:
language-set = OK, from now on I will write in English.

button-other = ✏️ Something else
button-operator = 🙋 Talk to a person
button-send-location = 📍 Send location
button-skip-place = I'd rather not say
button-contact-me = 📞 I want to be contacted
button-new-need = 🔁 Another need
button-all-spaces = 🏠 All WeMi spaces
button-other-needs = ➕ Other needs
button-change-place = ✏️ That's wrong, change area
button-give-place = 📍 Tell me your area
button-also = ➕ You also asked about: { $need }
button-danger-person = 🙋 I want to talk to a person

did-you-mean = I am not sure I understood. Did you mean…?
did-you-mean-which = Which one? Tap a button or type its name.
all-needs = Here are all the needs I can help with: choose the right one.
you-are-welcome = You're welcome! 😊 If you need anything else, just write.
closing-bye = All right. If you need anything else, write to me whenever you like.
closing-bye-thanks = You're welcome, and good luck! If you need anything else, write whenever you like.
in-person-spaces = All right, no call. To talk to someone in person, you can go to one of these spaces. { answer-contacts }
danger-answer = If you or someone else is in danger now, call 112 straight away. For violence, abuse or stalking call 1522: it is free and answers 24 hours a day.
danger-offer = If you like, a WeMi worker can also contact you: tap the button below or write "yes".
danger-gentle = Thank you for telling me. If you or someone else are ever in danger: 112. For violence, abuse or stalking there is 1522, free, 24 hours a day.
rephrase = No problem: tell me in other words what you need.
still-unclear = Sorry, I can't quite understand. A person can help you: choose "Talk to a person", or look at all WeMi spaces.
out-of-scope =
    Sorry, I can't help with that. I deal with the City of Milan's WeMi services: help at home (carer, domestic helper, nanny), meals and groceries delivered home, support for family carers, learning disorders (SpLD), work, Italian courses, tax and pension paperwork (CAF, patronato), activities for older people and for children.
    Tell me what you need, or choose below.
after-closed = Your request { $reference } was closed by a WeMi worker. If you still need help, tap "🙋 Talk to a person" and a worker will contact you again, or tell me what you need.
ask-place =
    <b>Where in Milan do you live?</b>
    Write the neighbourhood, the street with the house number or the Municipio, or tap "📍 Send location".
ask-place-relative =
    <b>{ $town } is outside Milan: where in Milan does the person you are asking for live?</b>
    Write the neighbourhood, the street with the house number or the Municipio.
ask-town-or-area =
    <b>{ $name }: the area of Milan, or the town of { $name }?</b>
    Write "{ $name } area" or "{ $name } town", or your street with its house number.
place-not-understood = I did not recognise the place. Try the neighbourhood (e.g. "Niguarda"), a street with its number (e.g. "via Padova 120") or the Municipio (e.g. "Municipio 2"), tap "📍 Send location", or write "I'd rather not say".
place-stale-button = That button was for an earlier question. Now I need the area: write the neighbourhood or a street with its number, tap "{ button-send-location }", or write "{ button-skip-place }".
place-cost-unknown =
    { -cost-unknown }.
    Meanwhile, <b>where in Milan do you live?</b> Write the neighbourhood, the street with the house number or the Municipio.
place-skipped = All right, I'll go on without the area.
place-new-need = All right, let's look at this request.
place-given-up = I can't recognise the area: I'll go on without it. You can give it whenever you like by writing "change area".
place-saved-ask-need = 📍 I saved the area. <b>What do you need?</b> Write it in your own words, or choose below.
ask-house-number = { $street } crosses several Municipi. What is the house number?
house-number-cost-unknown =
    { -cost-unknown }.
    Meanwhile, what is the house number on { $street }?
place-remembered = 📍 I am using the area you told me: { $place }.
place-understood = 📍 Got it: { $place }.
place-municipio = Municipio { $municipio }
place-candidates = Municipio { $candidates }
place-area = { $area }, { $municipi }
place-said = { $said } → { $municipi }
place-outside = Outside Milan
place-outside-town = { $town }, outside Milan
place-point = the location you sent
choose-an-answer = Choose one of the answers below, or type it.
not-a-place-answer = To go on I need your area: write it, or tap "📍 Send location" or "I'd rather not say".

answer-intro = <b>{ $need }</b>
answer-spaces-title = <b>Where to go</b>
answer-outside-milan = ℹ️ WeMi is the City of Milan's network and serves people who live in Milan. Here are the spaces that can still give you information.
answer-unknown-place = ℹ️ I don't know where you live, so here are the spaces offering this service. Tell me your neighbourhood to find the nearest one.
answer-unknown-place-none = ℹ️ I don't know where you live: tell me your neighbourhood and I'll show you the nearest WeMi space to ask.
answer-no-space = No WeMi space offers exactly this service: you can ask for information at any WeMi space (/spazi).
answer-service-for-women = ℹ️ «{ $service }» is for women only. For a man, ask a WeMi space about other options or see the portal www.wemi.milano.it
answer-contacts = Opening hours and contacts: on the City of Milan's WeMi portal, www.wemi.milano.it
answer-also = <b>Also here</b>
answer-details-title = <b>The spaces, in detail</b>
services-how-title = <b>How it works: { $need }</b>
services-how-bot = To learn how this bot works: /help
button-details = ℹ️ Who runs the spaces, and more details
answer-next = Would you like a WeMi worker to contact you?
# The bot knows no prices: one sentence, wherever costs are asked (name, phone, time, note, summary, area, offer, nothing asked).
-cost-unknown = I don't know what the services cost: a WeMi space (/spazi), the portal www.wemi.milano.it or the worker who contacts you can tell you
cost-unknown = { -cost-unknown }. Tell me what you need, or choose below.
cost-unknown-offer = { -cost-unknown }. Would you like a WeMi worker to contact you?
unsure-offer = No problem: a WeMi worker can help you work out what suits you. If you would like to be contacted, tap the button or write "yes".
space-card =
    🏠 <b>{ $name }</b> – Municipio { $municipio }
    📍 { $address }
space-managed-by = 👥 { $managedBy }
space-host = 🏛 { $host }
space-service = ✅ Here: { $service }
space-distance = 📏 About { $km } km from you
space-phone = ☎️ { $phone }
space-email = ✉️ { $email }
space-hours = 🕒 { $hours }
space-website = 🌐 { $website }
reason-offers_service = This is the space that offers this service.
reason-city_wide = It serves the whole city.
reason-your_municipio = This is the WeMi space of your Municipio.
reason-possible_municipio = This is the WeMi space of one of the Municipi in your area.
spaces-title = <b>Milan's WeMi spaces</b>
spaces-municipio = <b>Municipio { $municipio }</b>
spaces-city-wide = <b>For the whole city</b>

media-not-supported = I can only read written messages 🙂 Write to me in your own words, or use the buttons.
location-saved = 📍 Thank you, I noted your area: { $place }. Now tell me what you need.
location-outside = 📍 This location is outside Milan. WeMi serves people living in Milan: tell me what you need anyway.
edited-ignored = I saw you edited a message: { $during ->
        [contact] the edit does not reach me, please send the answer again. To correct your name, write "my name is …".
       *[other] please just send it again as a new message.
    }
stale-button = This button is no longer active. Tell me what you need.
group-not-supported = Hello! This assistant only works in private chats: write to me directly. I am leaving the group.
error-generic = Sorry, something went wrong. Please try again shortly, or visit a WeMi space (/spazi).

command-start = Start again
command-aiuto = How it works
command-annulla = Stop the current question
command-annulla_richiesta = Withdraw your request
command-spazi = All WeMi spaces
command-privacy = What data I use and why
command-lingua = Cambia lingua / Change language
time-not-asked = I read a time, but I'm not asking when to call you right now. If you'd like to be contacted, write what help you need or "I would like to talk to a person": I'll ask the time there.
