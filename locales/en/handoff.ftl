handoff-explain =
    <b>A WeMi worker can contact you.</b>
    For that I need your name and a phone number. Only WeMi workers will see them, to answer your request. I delete them within { $days } days after the request is closed, and you can delete them earlier at any time with /cancella_dati.
    Do you agree?
handoff-consent-yes = ✅ Yes, fine
handoff-consent-no = No, thanks
handoff-no-consent = All right, I store no data. You can go straight to a WeMi space:
handoff-no-consent-any = All right, I store no data. You can go straight to a WeMi space (/spazi).
handoff-ask-consent-again = Please answer "yes" or "no", or use the buttons.
handoff-consent-name-first = I'll ask your name right after: first I need your yes. Do you agree? Answer "yes" or "no".
handoff-consent-phone-first = I'll ask your number right after: first I need your yes. Do you agree? Answer "yes" or "no".
handoff-ask-name = What is your name? Write your first and last name{ $proposed ->
        [none] .
       *[other] , or tap "{ $proposed }".
    }
handoff-use-name = Use "{ $name }"
handoff-name-withheld-button = I'd rather not say
handoff-name-withheld = (name not given)
handoff-name-again = I only need your name, for example "Anna Rossi". If you'd rather not say, tap "I'd rather not say". To stop, write "cancel".
handoff-ask-phone = What number can we call you on? Tap "📱 Share my number" or type it (e.g. 333 123 4567). If you'd rather not give a phone, tap "💬 Contact me here on Telegram".
handoff-going-back = All right, let's go back.
handoff-area-kept = All right, the area stays as it was.
handoff-contact-here = 💬 Contact me here on Telegram
handoff-contact-here-ok = All right: no phone. The worker will write to you here, in this chat.
handoff-phone-here = none: the worker writes to you here on Telegram
handoff-share-phone = 📱 Share my number
handoff-phone-invalid = This number does not look valid. Write it like this, for example: 333 123 4567 or 02 1234 5678. If you'd rather not give it, write "contact me here" and the worker will answer in this chat.
handoff-phone-which-country = Is { $typed } an Italian number or from another country? Write it with its country code, for example { $abroad } or { $italian }, so that WeMi can call you back.
handoff-phone-not-yours = Please share your own number, or type it.
handoff-ask-time = When would you prefer to be called? Choose or type it (e.g. "after 5 pm").
handoff-time-morning = Morning
handoff-time-afternoon = Afternoon
handoff-time-evening = Early evening
handoff-time-any = Any time
handoff-ask-time-again = Choose "Morning", "Afternoon" or "Any time", or write when (e.g. "after 5pm").
handoff-time-too-long = That is more than a time: choose "Morning", "Afternoon" or "Any time", or write when in a few words. You can write the rest in the note, right after.
handoff-ask-note = Would you like to add a note for the worker? Type it, or tap "No note".
handoff-no-note = No note
handoff-ask-note-again = Write the note, or "no" if you don't need one.
handoff-note-shortened = The note is long: the worker gets its first { $max } characters. You can tell them the rest when they contact you.
handoff-summary =
    <b>Check your request</b>
    Need: { $need }
    Area: { $place }
    Space: { $space }
    Name: { $name }
    Phone: { $phone }
    When: { $time }
    Note: { $note }
handoff-confirm = ✅ Confirm
handoff-cancel = ❌ Cancel
handoff-confirm-again = Write "confirm" to send the request, "change" to correct it, or "cancel".
handoff-cancelled = All right, I sent nothing and stored none of your data.
handoff-registered =
    ✅ <b>Request registered: { $reference }</b>
    A WeMi worker will call you back on the number you gave me. I will tell you here when a worker takes it on.
    /stato shows your requests; /annulla_richiesta withdraws one.
handoff-registered-here =
    ✅ <b>Request registered: { $reference }</b>
    A WeMi worker will write to you here, in this chat. I'll let you know when someone takes it.
    With /stato you see your requests; with /annulla_richiesta you can withdraw it.
handoff-none = —
handoff-place-unknown = not given
handoff-space-unknown = to be decided
handoff-already-open = You already have an open request ({ $reference }): a worker will call you back. /stato shows where it stands.

status-none = You have no registered requests.
status-title = <b>Your requests</b>
status-line = { $reference } – { $need } – { $status } ({ $date })
status-open = waiting for a worker
status-claimed = taken on by a worker
status-closed = closed
status-withdrawn = withdrawn
withdraw-none = You have no open requests to withdraw.
withdraw-button = Withdraw { $reference }
withdraw-choose = Which request do you want to withdraw?
withdraw-done = I withdrew request { $reference } and told the workers.
withdraw-confirm = Do you want to withdraw request { $reference }? The workers will not contact you.
withdraw-keep = No, keep it
withdraw-kept = All right, the request stays open.
withdraw-hint = Write "yes" to withdraw it, or "no" to keep it open.
erase-confirm =
    Do you want to delete all the data I hold about you? I delete: name, phone, notes and words of your requests, the area and language I remember, conversations in progress. Open requests are withdrawn. Only an anonymous count remains.
erase-yes = Yes, delete everything
erase-no = No
erase-done = Done: your data is deleted. If you write again, we start afresh.
erase-kept = All right, I deleted nothing.
erase-kept-request = All right, I deleted nothing. The request you were making has stopped: to take it up again, tap «📞 I want to be contacted».
erase-hint = Write "yes" to delete everything, or "no" to keep your data.

handoff-claimed-citizen = 👤 A WeMi worker has taken on your request { $reference }. You can write here: your messages reach the worker.
handoff-closed-citizen = ✅ Your request { $reference } has been closed. Thank you! If you need anything else, write to me.
handoff-operator-says = 👤 <b>WeMi worker</b>: { $text }
handoff-relayed = ✉️ Sent to the worker.
handoff-unavailable = Right now I can't pass you to a worker from here. You can go straight to a WeMi space (/spazi): its staff listen to your need and guide you.

command-operatore = Talk to a person
command-stato = My requests
command-cancella_dati = Delete my data
handoff-cost-unknown-consent = { -cost-unknown }. Meanwhile: do you agree that WeMi workers see your name and phone? Answer "yes" or "no".
handoff-cost-unknown-name = { -cost-unknown }. Meanwhile, what is your name? Write it, or tap "I'd rather not say".
handoff-cost-unknown-phone = { -cost-unknown }. Meanwhile, what number can we call you on? If you'd rather not give a phone, write "contact me here".
handoff-cost-unknown-time = { -cost-unknown }. When would you prefer to be called? Choose or type it (e.g. "after 5 pm").
handoff-cost-unknown-note = { -cost-unknown } (to ask the worker, type the question again: it becomes the note). Would you like to add a note for the worker? Type it, or tap "No note".
handoff-cost-unknown-summary = { -cost-unknown }. Write "confirm" to send the request, "change" to correct it, or "cancel".
handoff-phone-not-name = I already have your name: { $name }. Now I need a phone number, for example 333 123 4567. To correct the name, write "my name is …". If you'd rather not give a phone, write "contact me here".
