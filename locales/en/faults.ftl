error-storage = Sorry, I cannot register requests right now. You can go to a WeMi space in person (/spazi) or visit www.wemi.milano.it.
error-replay = Sorry, I lost track of our conversation. Let's start again: tell me what you need.
status-more = …and { $count } older requests.
