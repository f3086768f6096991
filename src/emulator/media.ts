import type { Message } from "grammy/types";
import { compact } from "./params.js";
import type { TestUser } from "./types.js";
import type { TelegramWorld } from "./world.js";

/** What a user's message carries besides text: as Telegram's clients send it. */
type Content = Partial<Message>;

export function stickerContent(world: TelegramWorld, emoji: string): Content {
  return {
    sticker: {
      ...world.newFile("sticker"),
      type: "regular",
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      emoji,
    },
  };
}

export function photoContent(world: TelegramWorld, caption: string | undefined): Content {
  return compact({ photo: world.photoSizes(), caption });
}

export function voiceContent(world: TelegramWorld, durationSeconds: number): Content {
  return {
    voice: {
      ...world.newFile("voice"),
      duration: durationSeconds,
      mime_type: "audio/ogg",
      file_size: 4096,
    },
  };
}

export function documentContent(world: TelegramWorld, fileName: string, mimeType: string): Content {
  return {
    document: {
      ...world.newFile("document"),
      file_name: fileName,
      mime_type: mimeType,
      file_size: 10240,
    },
  };
}

/** As sent by a `request_contact` keyboard button: the user's own contact card. */
export function ownContactContent(user: TestUser, phoneNumber: string): Content {
  return {
    contact: compact({
      phone_number: phoneNumber,
      first_name: user.first_name,
      last_name: user.last_name,
      user_id: user.id,
    }),
  };
}
