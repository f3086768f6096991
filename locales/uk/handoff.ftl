# Переклад не перевірений носієм мови (див. README).
handoff-explain =
    <b>Працівник WeMi може з вами зв'язатися.</b>
    Для цього мені потрібні ваше ім'я і номер телефону. Їх бачитимуть лише працівники WeMi, щоб відповісти на ваш запит. Я видаляю їх протягом { $days } днів після закриття запиту, а ви можете видалити їх раніше будь-коли командою /cancella_dati.
    Ви згодні?
handoff-consent-yes = ✅ Так, згоден
handoff-consent-no = Ні, дякую
handoff-no-consent = Добре, я не зберігаю жодних даних. Ви можете звернутися прямо до простору WeMi:
handoff-no-consent-any = Добре, я не зберігаю жодних даних. Ви можете звернутися прямо до простору WeMi (/spazi).
handoff-ask-consent-again = Відповідайте "так" або "ні", або скористайтеся кнопками.
handoff-ask-name = Як вас звати? Напишіть ім'я та прізвище{ $proposed ->
        [none] .
       *[other] , або натисніть "{ $proposed }".
    }
handoff-use-name = Використати "{ $name }"
handoff-name-too-long = Ім'я задовге: напишіть коротше.
handoff-ask-phone = За яким номером вам можна зателефонувати? Натисніть "📱 Поділитися номером" або напишіть його (напр. 333 123 4567).
handoff-share-phone = 📱 Поділитися номером
handoff-phone-invalid = Цей номер виглядає неправильним. Напишіть його з кодом, напр. 333 123 4567 або 02 1234 5678.
handoff-phone-not-yours = Поділіться своїм власним номером або напишіть його.
handoff-ask-time = Коли вам зручніше, щоб зателефонували? Виберіть або напишіть (напр. "після 17").
handoff-time-morning = Зранку
handoff-time-afternoon = Після обіду
handoff-time-any = Будь-коли
handoff-ask-note = Хочете додати примітку для працівника? Напишіть її або натисніть "Без примітки".
handoff-no-note = Без примітки
handoff-summary =
    <b>Перевірте запит</b>
    Потреба: { $need }
    Район: { $place }
    Простір: { $space }
    Ім'я: { $name }
    Телефон: { $phone }
    Коли: { $time }
    Примітка: { $note }
handoff-confirm = ✅ Підтвердити
handoff-cancel = ❌ Скасувати
handoff-cancelled = Добре, я нічого не надіслав і не зберіг ваші дані.
handoff-registered =
    ✅ <b>Запит зареєстровано: { $reference }</b>
    Працівник WeMi зателефонує вам за вказаним номером. Я повідомлю тут, коли хтось візьме запит.
    /stato показує ваші запити; /annulla_richiesta відкликає запит.
handoff-none = —
handoff-place-unknown = не вказано
handoff-space-unknown = буде визначено
handoff-already-open = У вас уже є відкритий запит ({ $reference }): вам зателефонують. /stato показує, на якому він етапі.

status-none = У вас немає зареєстрованих запитів.
status-title = <b>Ваші запити</b>
status-line = { $reference } – { $need } – { $status } ({ $date })
status-open = чекає на працівника
status-claimed = взято в роботу
status-closed = закрито
status-withdrawn = відкликано
withdraw-none = У вас немає відкритих запитів, які можна відкликати.
withdraw-button = Відкликати { $reference }
withdraw-choose = Який запит ви хочете відкликати?
withdraw-done = Я відкликав запит { $reference } і повідомив працівників.
erase-confirm =
    Видалити всі дані, які я маю про вас? Я видаляю: ім'я, телефон, примітки і слова ваших запитів, район і мову, які я пам'ятаю, незавершені розмови. Відкриті запити відкликаються. Залишається лише анонімний підрахунок.
erase-yes = Так, видалити все
erase-no = Ні
erase-done = Готово: ваші дані видалено. Якщо напишете знову, почнемо спочатку.
erase-kept = Добре, я нічого не видалив.

handoff-claimed-citizen = 👤 Працівник WeMi взяв ваш запит { $reference }. Можете писати тут: ваші повідомлення дійдуть до нього.
handoff-closed-citizen = ✅ Ваш запит { $reference } закрито. Дякуємо! Якщо вам ще щось потрібно, напишіть мені.
handoff-operator-says = 👤 <b>Працівник WeMi</b>: { $text }
handoff-relayed = ✉️ Надіслано працівнику.
handoff-unavailable = Зараз я не можу з'єднати вас із працівником звідси. Ви можете звернутися прямо до простору WeMi (/spazi): там вислухають і підкажуть.

command-operatore = Поговорити з людиною
command-stato = Мої запити
command-cancella_dati = Видалити мої дані

# Issue 8 (typed replies, danger first, contact steps): not reviewed by a native speaker.
handoff-name-withheld-button = Волію не казати
handoff-name-withheld = (ім'я не вказано)
handoff-name-again = Мені потрібне лише ваше ім'я, наприклад «Олена Коваль». Якщо волієте не казати, натисніть «Волію не казати». Щоб зупинитися, напишіть /annulla.
handoff-going-back = Гаразд, повертаємося назад.
handoff-contact-here = 💬 Зв'яжіться зі мною тут у Telegram
handoff-contact-here-ok = Гаразд: без телефону. Працівник напише вам тут, у цьому чаті.
handoff-phone-here = немає: працівник напише вам тут у Telegram
handoff-ask-time-again = Виберіть одну з кнопок вище або напишіть, коли вам зручно (напр. «після 17:00»).
handoff-ask-note-again = Напишіть примітку або натисніть кнопку вище, якщо вона не потрібна.
handoff-confirm-again = Натисніть одну з кнопок вище, щоб надіслати запит, виправити його або скасувати.
handoff-registered-here =
    ✅ <b>Запит зареєстровано: { $reference }</b>
    Працівник WeMi напише вам тут, у цьому чаті. Я повідомлю, коли хтось його візьме.
    Командою /stato ви бачите свої запити; командою /annulla_richiesta можете його відкликати.
erase-hint = Натисніть одну з кнопок вище: видалити все або зберегти ваші дані.
