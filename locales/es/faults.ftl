error-storage = Perdona, ahora no puedo registrar solicitudes. Puedes ir en persona a un espacio WeMi (/spazi) o visitar www.wemi.milano.it.
error-replay = Perdona, he perdido el hilo de nuestra conversación. Empecemos de nuevo: dime qué necesitas.
status-more = …y { $count } solicitudes anteriores.
