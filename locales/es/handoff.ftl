# Traducción no revisada por una persona nativa (ver README).
handoff-explain =
    <b>Una persona de WeMi puede contactarte.</b>
    Para eso necesito tu nombre y un número de teléfono. Solo los verán los trabajadores de WeMi, para responder a tu solicitud. Los borro en { $days } días después de cerrar la solicitud, y puedes borrarlos antes cuando quieras con /cancella_dati.
    ¿Estás de acuerdo?
handoff-consent-yes = ✅ Sí, de acuerdo
handoff-consent-no = No, gracias
handoff-no-consent = De acuerdo, no guardo ningún dato. Puedes ir directamente a un espacio WeMi:
handoff-no-consent-any = De acuerdo, no guardo ningún dato. Puedes ir directamente a un espacio WeMi (/spazi).
handoff-ask-consent-again = Responde "sí" o "no", o usa los botones.
handoff-consent-name-first = Tu nombre te lo pido justo después: antes necesito tu sí. ¿Estás de acuerdo? Responde "sí" o "no".
handoff-consent-phone-first = Tu número te lo pido justo después: antes necesito tu sí. ¿Estás de acuerdo? Responde "sí" o "no".
handoff-ask-name = ¿Cómo te llamas? Escribe nombre y apellido{ $proposed ->
        [none] .
       *[other] , o toca "{ $proposed }".
    }
handoff-use-name = Usar "{ $name }"
handoff-name-withheld-button = Prefiero no decirlo
handoff-name-withheld = (nombre no indicado)
handoff-name-again = Solo necesito tu nombre, por ejemplo "Ana López". Si prefieres no decirlo, toca "Prefiero no decirlo". Para parar, escribe "cancelar".
handoff-ask-phone = ¿A qué número podemos llamarte? Toca "📱 Compartir mi número" o escríbelo (p. ej. 333 123 4567). Si prefieres no dar un teléfono, toca "💬 Escríbeme aquí en Telegram".
handoff-going-back = De acuerdo, volvemos atrás.
handoff-area-kept = De acuerdo, la zona sigue siendo la de antes.
handoff-contact-here = 💬 Escríbeme aquí en Telegram
handoff-contact-here-ok = De acuerdo: sin teléfono. La persona de WeMi te escribirá aquí, en este chat.
handoff-phone-here = ninguno: la persona de WeMi te escribe aquí en Telegram
handoff-share-phone = 📱 Compartir mi número
handoff-phone-invalid = Este número no parece válido. Escríbelo así, por ejemplo: 333 123 4567 o 02 1234 5678. Si prefieres no darlo, escribe "escríbeme aquí" y la persona de WeMi te responderá en este chat.
handoff-phone-which-country = ¿{ $typed } es un número italiano o de otro país? Escríbelo con el prefijo, por ejemplo { $abroad } o { $italian }, para que WeMi pueda llamarte.
handoff-phone-not-yours = Comparte tu propio número, o escríbelo.
handoff-ask-time = ¿Cuándo prefieres que te llamen? Elige o escríbelo (p. ej. "después de las 17").
handoff-time-morning = Mañana
handoff-time-afternoon = Tarde
handoff-time-evening = Al final de la tarde
handoff-time-any = A cualquier hora
handoff-ask-time-again = Elige "Mañana", "Tarde" o "A cualquier hora", o escribe cuándo (p. ej. "después de las 17").
handoff-time-too-long = Es más que una hora: elige "Mañana", "Tarde" o "A cualquier hora", o escribe cuándo en pocas palabras. Lo demás puedes escribirlo en la nota, justo después.
handoff-ask-note = ¿Quieres añadir una nota para la persona de WeMi? Escríbela, o toca "Sin nota".
handoff-no-note = Sin nota
handoff-ask-note-again = Escribe la nota, o "no" si no hace falta.
handoff-note-shortened = La nota es larga: al operador le llegan sus primeros { $max } caracteres. Lo demás podrás decírselo cuando te contacte.
handoff-summary =
    <b>Revisa tu solicitud</b>
    Necesidad: { $need }
    Zona: { $place }
    Espacio: { $space }
    Nombre: { $name }
    Teléfono: { $phone }
    Cuándo: { $time }
    Nota: { $note }
handoff-confirm = ✅ Confirmar
handoff-cancel = ❌ Anular
handoff-confirm-again = Escribe "confirmar" para enviar la solicitud, "cambiar" para corregirla, o "cancelar".
handoff-cancelled = De acuerdo, no he enviado nada ni guardado tus datos.
handoff-registered =
    ✅ <b>Solicitud registrada: { $reference }</b>
    Una persona de WeMi te llamará al número que me diste. Te avisaré aquí cuando alguien se haga cargo de ella.
    /stato muestra tus solicitudes; /annulla_richiesta retira una.
handoff-registered-here =
    ✅ <b>Solicitud registrada: { $reference }</b>
    Una persona de WeMi te escribirá aquí, en este chat. Te avisaré cuando alguien se haga cargo de ella.
    Con /stato ves tus solicitudes; con /annulla_richiesta puedes retirarla.
handoff-none = —
handoff-place-unknown = no indicada
handoff-space-unknown = por decidir
handoff-already-open = Ya tienes una solicitud abierta ({ $reference }): una persona te llamará. /stato muestra en qué punto está.

status-none = No tienes solicitudes registradas.
status-title = <b>Tus solicitudes</b>
status-line = { $reference } – { $need } – { $status } ({ $date })
status-open = esperando a una persona de WeMi
status-claimed = una persona se está ocupando
status-closed = cerrada
status-withdrawn = retirada
withdraw-none = No tienes solicitudes abiertas que retirar.
withdraw-button = Retirar { $reference }
withdraw-choose = ¿Qué solicitud quieres retirar?
withdraw-done = He retirado la solicitud { $reference } y he avisado a WeMi.
withdraw-confirm = ¿Quieres retirar la solicitud { $reference }? WeMi no te contactará.
withdraw-keep = No, déjala
withdraw-kept = De acuerdo, la solicitud sigue abierta.
withdraw-hint = Escribe «sí» para retirarla, o «no» para dejarla abierta.
erase-confirm =
    ¿Quieres borrar todos los datos que tengo sobre ti? Borro: nombre, teléfono, notas y palabras de tus solicitudes, la zona y el idioma que recuerdo, las conversaciones en curso. Las solicitudes abiertas se retiran. Solo queda un recuento anónimo.
erase-yes = Sí, borrar todo
erase-no = No
erase-done = Hecho: tus datos están borrados. Si vuelves a escribir, empezamos de cero.
erase-kept = De acuerdo, no he borrado nada.
erase-kept-request = De acuerdo, no he borrado nada. La solicitud que estabas haciendo se ha detenido: para retomarla, toca «📞 Quiero que me contacten».
erase-hint = Escribe "sí" para borrar todo, o "no" para conservar tus datos.

handoff-claimed-citizen = 👤 Una persona de WeMi se ha hecho cargo de tu solicitud { $reference }. Puedes escribir aquí: tus mensajes le llegan.
handoff-closed-citizen = ✅ Tu solicitud { $reference } se ha cerrado. ¡Gracias! Si necesitas algo más, escríbeme.
handoff-operator-says = 👤 <b>WeMi</b>: { $text }
handoff-relayed = ✉️ Enviado a la persona de WeMi.
handoff-unavailable = Ahora mismo no puedo pasarte con una persona desde aquí. Puedes ir directamente a un espacio WeMi (/spazi): su personal escucha tu necesidad y te orienta.

command-operatore = Hablar con una persona
command-stato = Mis solicitudes
command-cancella_dati = Borrar mis datos
handoff-cost-unknown-consent = { -cost-unknown }. Mientras tanto: ¿estás de acuerdo en que las personas de WeMi vean tu nombre y tu teléfono? Responde "sí" o "no".
handoff-cost-unknown-name = { -cost-unknown }. Mientras tanto, ¿cómo te llamas? Escribe tu nombre o toca "Prefiero no decirlo".
handoff-cost-unknown-phone = { -cost-unknown }. Mientras tanto, ¿a qué número podemos llamarte? Si prefieres no dar el teléfono, escribe "escríbeme aquí".
handoff-cost-unknown-time = { -cost-unknown }. ¿Cuándo prefieres que te llamen? Elige o escríbelo (p. ej. "después de las 17").
handoff-cost-unknown-note = { -cost-unknown } (para preguntárselo, vuelve a escribir la pregunta: será la nota). ¿Quieres añadir una nota para la persona de WeMi? Escríbela, o toca "Sin nota".
handoff-cost-unknown-summary = { -cost-unknown }. Escribe "confirmar" para enviar la solicitud, "cambiar" para corregirla, o "cancelar".
handoff-phone-not-name = Ya tengo tu nombre: { $name }. Ahora necesito un número de teléfono, por ejemplo 333 123 4567. Para corregir el nombre, escribe "me llamo …". Si prefieres no dar el teléfono, escribe "escríbeme aquí".
