# Textos para la ciudadanía, en español sencillo. HTML de Telegram: <b>, <i>, <a href>.
# Las variables que vienen de las personas ya están escapadas por el código.
# Traducción no revisada por una persona nativa (ver README).

welcome =
    Hola{ $name ->
        [none] {""}
       *[other] {" "}{ $name }
    } 👋 Soy el asistente de <b>WeMi</b>, la red de bienestar del Ayuntamiento de Milán.
    Te ayudo a encontrar el servicio adecuado y el espacio WeMi que puede ayudarte: cuidadora, empleada doméstica, niñera, comidas a domicilio, apoyo a familiares que cuidan y más.
    🔒 Uso tus mensajes solo para orientarte. Detalles: /privacy

    <b>¿Qué necesitas?</b> Escríbelo con tus palabras o elige abajo.
ask-need = <b>¿Qué necesitas?</b> Escríbelo con tus palabras o elige abajo.
ask-which-help = Claro, te ayudo con gusto. <b>¿Qué tipo de ayuda necesitas?</b> Escríbelo con tus palabras o elige abajo.
help =
    <b>Cómo funciona</b>
    1. Dime qué necesitas, con tus palabras (por ejemplo: "mi madre ya no puede vivir sola").
    2. Dime en qué zona de Milán vives: barrio, calle o Municipio, o envíame tu ubicación.
    3. Te digo qué servicio te sirve y qué espacio WeMi puede ayudarte.

    Siempre puedes escribir en lugar de tocar los botones: "sí", "no", "saltar", "cambiar zona".

    <b>Comandos</b>
    /start – empezar de nuevo
    /operatore – que te contacte una persona de WeMi
    /stato – tus solicitudes
    /annulla_richiesta – retirar una solicitud
    /spazi – todos los espacios WeMi
    /annulla – parar la pregunta en curso
    /lingua – cambiar idioma
    /privacy – qué datos uso y por qué
    /cancella_dati – borrar todos tus datos

    🆘 Si tú o alguien más está en peligro: 112. Violencia y acoso: 1522, gratuito, las 24 horas.
cancelled = De acuerdo, paro aquí. Cuando quieras, dime qué necesitas.
nothing-to-cancel = No hay ninguna pregunta en curso. Dime qué necesitas.
privacy =
    <b>Privacidad</b>
    <b>Qué guardo y por qué.</b> Uso lo que escribes solo para entender tu necesidad y orientarte al espacio WeMi adecuado. Recuerdo el idioma, tu zona (solo el Municipio o el barrio; la calle que me escribes solo en memoria, durante una hora) y tu última necesidad (tus palabras solo en memoria, durante una hora), para no preguntarte otra vez y para pasarla a una persona si me lo pides.
    <b>Solicitudes de contacto.</b> Solo con tu consentimiento explícito guardo nombre, teléfono, horario preferido, nota y la zona del resumen: solo los ven los trabajadores de WeMi. Cuando la solicitud se cierra los borro en { $days } días; solo queda un recuento anónimo. Una conversación dejada a medias se borra en 24 horas; si no escribes durante { $days } días olvido también tu zona, idioma y última necesidad.
    <b>Tus derechos.</b> /stato muestra tus solicitudes; /cancella_dati borra todo lo que tengo sobre ti, cuando quieras.
    El servicio es del Ayuntamiento de Milán (red WeMi). Para otras preguntas sobre tus datos, pregunta en un espacio WeMi.
choose-language = Scegli la lingua / Choose your language / Elige el idioma / Alege limba / Оберіть мову:
language-set = De acuerdo, a partir de ahora te escribo en español.

button-other = ✏️ Otra cosa
button-operator = 🙋 Hablar con una persona
button-send-location = 📍 Enviar ubicación
button-skip-place = Prefiero no decirlo
button-contact-me = 📞 Quiero que me contacten
button-new-need = 🔁 Otra necesidad
button-all-spaces = 🏠 Todos los espacios WeMi
button-other-needs = ➕ Otras necesidades
button-change-place = ✏️ No es correcto, cambiar zona
button-give-place = 📍 Dime tu zona
button-also = ➕ También preguntaste por: { $need }
button-danger-person = 🙋 Quiero hablar con una persona

did-you-mean = No estoy seguro de haber entendido. ¿Querías decir…?
did-you-mean-which = ¿Cuál de estas? Toca un botón o escribe su nombre.
all-needs = Estas son todas las necesidades en las que puedo ayudarte: elige la tuya.
you-are-welcome = ¡De nada! 😊 Si necesitas algo más, escríbeme.
closing-bye = De acuerdo. Si necesitas algo más, escríbeme cuando quieras.
closing-bye-thanks = ¡De nada, y mucha suerte! Si necesitas algo más, escríbeme cuando quieras.
in-person-spaces = De acuerdo, sin llamada. Para hablar con alguien en persona puedes ir a uno de estos espacios. { answer-contacts }
danger-answer = Si tú o alguien más está en peligro ahora, llama enseguida al 112. Por violencia, malos tratos o acoso llama al 1522: es gratuito y responde las 24 horas.
danger-offer = Si quieres, una persona de WeMi también puede contactarte: toca el botón de abajo o escribe "sí".
danger-gentle = Gracias por contármelo. Si tú u otra persona estáis en peligro, también en el futuro: 112. Por violencia, malos tratos o acoso está el 1522, gratuito, las 24 horas.
rephrase = No pasa nada: dime con otras palabras qué necesitas.
still-unclear = Perdona, no consigo entender bien. Una persona puede ayudarte: elige "Hablar con una persona" o mira todos los espacios WeMi.
out-of-scope =
    Perdona, en esto no puedo ayudarte. Me ocupo de los servicios WeMi del Ayuntamiento de Milán: ayuda en casa (cuidadora, empleada doméstica, niñera), comidas y compra a domicilio, apoyo a familiares que cuidan, trastornos del aprendizaje (DSA), trabajo, cursos de italiano, trámites fiscales y de pensión (CAF, patronato), actividades para mayores y para niños.
    Dime qué necesitas o elige abajo.
after-closed = Tu solicitud { $reference } fue cerrada por una persona de WeMi. Si todavía necesitas ayuda, toca "🙋 Hablar con una persona" y alguien te contactará de nuevo, o dime qué necesitas.
ask-place =
    <b>¿En qué zona de Milán vives?</b>
    Escribe el barrio, la calle con el número o el Municipio, o toca "📍 Enviar ubicación".
ask-place-relative =
    <b>{ $town } está fuera de Milán: ¿en qué zona de Milán vive la persona por la que preguntas?</b>
    Escribe el barrio, la calle con el número o el Municipio.
ask-town-or-area =
    <b>{ $name }: ¿la zona de Milán o la ciudad de { $name }?</b>
    Escribe "zona { $name }" o "ciudad de { $name }", o tu calle con el número.
place-not-understood = No he reconocido el lugar. Prueba con el barrio (p. ej. "Niguarda"), una calle con número (p. ej. "via Padova 120") o el Municipio (p. ej. "Municipio 2"), toca "📍 Enviar ubicación" o escribe "prefiero no decirlo".
place-stale-button = Ese botón era de una pregunta anterior. Ahora necesito la zona: escribe el barrio o una calle con número, toca "{ button-send-location }" o escribe "{ button-skip-place }".
place-cost-unknown =
    { -cost-unknown }.
    Mientras tanto, <b>¿en qué zona de Milán vives?</b> Escribe el barrio, la calle con el número o el Municipio.
place-skipped = De acuerdo, sigo sin la zona.
place-new-need = De acuerdo, veamos esta petición.
place-given-up = No consigo reconocer la zona: sigo sin ella. Puedes dármela cuando quieras escribiendo "cambiar zona".
place-saved-ask-need = 📍 He guardado la zona. <b>¿Qué necesitas?</b> Escríbelo con tus palabras o elige abajo.
ask-house-number = { $street } pasa por varios Municipios. ¿Qué número es?
house-number-cost-unknown =
    { -cost-unknown }.
    Mientras tanto, ¿qué número es en { $street }?
place-remembered = 📍 Uso la zona que me dijiste: { $place }.
place-understood = 📍 Entendido: { $place }.
place-municipio = Municipio { $municipio }
place-candidates = Municipio { $candidates }
place-area = { $area }, { $municipi }
place-said = { $said } → { $municipi }
place-outside = Fuera de Milán
place-outside-town = { $town }, fuera de Milán
place-point = la ubicación que enviaste
choose-an-answer = Elige una de las respuestas de abajo, o escríbela.
not-a-place-answer = Para seguir necesito tu zona: escríbela, o toca "📍 Enviar ubicación" o "Prefiero no decirlo".

answer-intro = <b>{ $need }</b>
answer-spaces-title = <b>Adónde ir</b>
answer-outside-milan = ℹ️ WeMi es la red del Ayuntamiento de Milán y atiende a quien vive en Milán. Aquí tienes los espacios que igualmente pueden informarte.
answer-unknown-place = ℹ️ No sé dónde vives, así que te indico los espacios que ofrecen este servicio. Dime tu barrio para encontrar el más cercano.
answer-unknown-place-none = ℹ️ No sé dónde vives: dime tu barrio y te indico el espacio WeMi más cercano donde preguntar.
answer-no-space = Ningún espacio WeMi ofrece exactamente este servicio: puedes pedir información en cualquier espacio WeMi (/spazi).
answer-service-for-women = ℹ️ «{ $service }» es solo para mujeres. Para un hombre, pregunta por otras opciones en un espacio WeMi o mira el portal www.wemi.milano.it
answer-contacts = Horarios y contactos: en el portal WeMi del Ayuntamiento de Milán, www.wemi.milano.it
answer-also = <b>También aquí</b>
answer-details-title = <b>Los espacios, en detalle</b>
services-how-title = <b>Cómo funciona: { $need }</b>
services-how-bot = Para saber cómo funciona este bot: /aiuto
button-details = ℹ️ Quién gestiona los espacios, y más detalles
answer-next = ¿Quieres que te contacte una persona de WeMi?
# The bot knows no prices: one sentence, wherever costs are asked (name, phone, time, note, summary, area, offer, nothing asked).
-cost-unknown = No conozco los costes de los servicios: te los pueden decir en un espacio WeMi (/spazi), en el portal www.wemi.milano.it o la persona de WeMi que te contacte
cost-unknown = { -cost-unknown }. Dime qué necesitas o elige abajo.
cost-unknown-offer = { -cost-unknown }. ¿Quieres que te contacte una persona de WeMi?
unsure-offer = No pasa nada: una persona de WeMi puede ayudarte a ver qué te conviene. Si quieres que te contacten, toca el botón o escribe "sí".
space-card =
    🏠 <b>{ $name }</b> – Municipio { $municipio }
    📍 { $address }
space-managed-by = 👥 { $managedBy }
space-host = 🏛 { $host }
space-service = ✅ Aquí: { $service }
space-distance = 📏 A unos { $km } km de ti
space-phone = ☎️ { $phone }
space-email = ✉️ { $email }
space-hours = 🕒 { $hours }
space-website = 🌐 { $website }
reason-offers_service = Es el espacio que ofrece este servicio.
reason-city_wide = Atiende a toda la ciudad.
reason-your_municipio = Es el espacio WeMi de tu Municipio.
reason-possible_municipio = Es el espacio WeMi de uno de los Municipios de tu zona.
spaces-title = <b>Los espacios WeMi de Milán</b>
spaces-municipio = <b>Municipio { $municipio }</b>
spaces-city-wide = <b>Para toda la ciudad</b>

media-not-supported = Solo puedo leer mensajes escritos 🙂 Escríbeme con tus palabras, o usa los botones.
location-saved = 📍 Gracias, he anotado tu zona: { $place }. Ahora dime qué necesitas.
location-outside = 📍 Esta ubicación está fuera de Milán. WeMi atiende a quien vive en Milán: dime igualmente qué necesitas.
edited-ignored = He visto que has editado un mensaje: { $during ->
        [contact] la edición no me llega, escribe otra vez la respuesta. Para corregir el nombre, escribe "me llamo …".
       *[other] envíalo otra vez como mensaje nuevo.
    }
stale-button = Este botón ya no está activo. Dime qué necesitas.
group-not-supported = ¡Hola! Este asistente solo funciona en chats privados: escríbeme directamente. Salgo del grupo.
error-generic = Perdona, algo ha fallado. Inténtalo de nuevo dentro de un rato, o ve a un espacio WeMi (/spazi).

command-start = Empezar de nuevo
command-aiuto = Cómo funciona
command-annulla = Parar la pregunta en curso
command-annulla_richiesta = Retirar tu solicitud
command-spazi = Todos los espacios WeMi
command-privacy = Qué datos uso y por qué
command-lingua = Cambiar idioma / Change language
time-not-asked = He leído una hora, pero ahora no te estoy preguntando cuándo llamarte. Si quieres que te contacten, escribe qué ayuda necesitas o "quiero hablar con una persona": la hora te la pregunto allí.
