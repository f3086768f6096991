import type { Message, MessageId } from "grammy/types";
import { notModified, parseReplyMarkup, parseText, sameMarkup } from "./markup.js";
import {
  badRequest,
  type CallContext,
  compact,
  type Handler,
  intParam,
  jsonParam,
  numberParam,
  type Params,
  stringParam,
} from "./params.js";
import type { ChatState, TelegramWorld } from "./world.js";

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

/** The Bot API methods that send, edit, copy and delete messages. */
export class MessageMethods {
  constructor(
    private readonly world: TelegramWorld,
    private readonly strictHtmlEscaping: boolean,
  ) {}

  handlers(): Record<string, Handler> {
    return {
      sendMessage: (p) => this.sendMessage(p),
      editMessageText: (p) => this.editMessageText(p),
      editMessageReplyMarkup: (p) => this.editMessageReplyMarkup(p),
      deleteMessage: (p) => this.deleteMessage(p),
      sendVenue: (p) => this.sendVenue(p),
      sendLocation: (p) =>
        this.sendContent(p, {
          location: {
            latitude: numberParam(p, "latitude"),
            longitude: numberParam(p, "longitude"),
          },
        }),
      sendContact: (p) => this.sendContact(p),
      sendPhoto: (p, ctx) => this.botSendPhoto(p, ctx),
      sendDocument: (p, ctx) => this.botSendDocument(p, ctx),
      sendChatAction: (p) => this.sendChatAction(p),
      copyMessage: (p) => this.copyMessage(p),
      forwardMessage: (p) => this.forwardMessage(p),
    };
  }

  private parseText(
    raw: unknown,
    parseMode: unknown,
    entities: unknown,
    field: "text" | "caption",
  ) {
    return parseText(raw, parseMode, entities, field, this.strictHtmlEscaping);
  }

  private sendMessage(p: Params): Message {
    const state = this.world.requireChat(p);
    const markup = parseReplyMarkup(p.reply_markup);
    const { text, entities } = this.parseText(p.text, p.parse_mode, p.entities, "text");
    const linkPreview = jsonParam(p.link_preview_options);
    return this.world.deliver(state, p, markup, {
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(typeof linkPreview === "object" && linkPreview !== null
        ? { link_preview_options: linkPreview as Message["link_preview_options"] }
        : {}),
    });
  }

  private sendContent(p: Params, content: Partial<Message>): Message {
    const state = this.world.requireChat(p);
    const markup = parseReplyMarkup(p.reply_markup);
    return this.world.deliver(state, p, markup, content);
  }

  private sendVenue(p: Params): Message {
    const location = {
      latitude: numberParam(p, "latitude"),
      longitude: numberParam(p, "longitude"),
    };
    const title = stringParam(p.title);
    const address = stringParam(p.address);
    if (!title) throw badRequest("title is empty");
    if (address === undefined) throw badRequest("address is empty");
    return this.sendContent(p, {
      location,
      venue: compact({
        location,
        title,
        address,
        foursquare_id: stringParam(p.foursquare_id),
        foursquare_type: stringParam(p.foursquare_type),
        google_place_id: stringParam(p.google_place_id),
        google_place_type: stringParam(p.google_place_type),
      }),
    });
  }

  private sendContact(p: Params): Message {
    const phone = stringParam(p.phone_number);
    const firstName = stringParam(p.first_name);
    if (!phone) throw badRequest("phone_number is empty");
    if (!firstName) throw badRequest("first_name is empty");
    return this.sendContent(p, {
      contact: compact({
        phone_number: phone,
        first_name: firstName,
        last_name: stringParam(p.last_name),
        vcard: stringParam(p.vcard),
      }),
    });
  }

  private botSendPhoto(p: Params, ctx: CallContext): Message {
    const reference = this.fileReference(p.photo, ctx);
    if (!reference) throw badRequest("there is no photo in the request");
    const state = this.world.requireChat(p);
    const markup = parseReplyMarkup(p.reply_markup);
    const message = this.world.deliver(state, p, markup, {
      photo: this.world.photoSizes(),
      ...this.caption(p),
    });
    this.world.uploads.record(message, reference.content);
    return message;
  }

  private botSendDocument(p: Params, ctx: CallContext): Message {
    const reference = this.fileReference(p.document, ctx);
    if (!reference) throw badRequest("there is no document in the request");
    const state = this.world.requireChat(p);
    const markup = parseReplyMarkup(p.reply_markup);
    return this.world.deliver(state, p, markup, {
      document: compact({ ...this.world.newFile("document"), file_name: reference.filename }),
      ...this.caption(p),
    });
  }

  private fileReference(
    value: unknown,
    ctx: CallContext,
  ): { filename?: string; content?: Buffer } | undefined {
    const reference = stringParam(value);
    if (!reference) return undefined;
    if (reference.startsWith("attach://")) {
      const file = ctx.files.get(reference.slice("attach://".length));
      return file ? { filename: file.filename, content: file.content } : undefined;
    }
    return {};
  }

  private caption(p: Params): Partial<Message> {
    if (p.caption === undefined) return {};
    const { text, entities } = this.parseText(
      p.caption,
      p.parse_mode,
      p.caption_entities,
      "caption",
    );
    return { caption: text, ...(entities.length > 0 ? { caption_entities: entities } : {}) };
  }

  private sendChatAction(p: Params): true {
    const state = this.world.requireChat(p);
    const action = stringParam(p.action);
    if (!action || !CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
    this.world.assertCanSend(state);
    return true;
  }

  private editMessageText(p: Params): Message {
    const { state, message } = this.requireEditable(p);
    if (message.text === undefined) throw badRequest("there is no text in the message to edit");
    const markup = parseReplyMarkup(p.reply_markup, true);
    const { text, entities } = this.parseText(p.text, p.parse_mode, p.entities, "text");
    const sameText =
      text === message.text && JSON.stringify(entities) === JSON.stringify(message.entities ?? []);
    if (sameText && sameMarkup(markup.inline, message.reply_markup)) throw notModified();
    const { entities: _e, reply_markup: _m, ...rest } = message;
    const edited: Message = {
      ...rest,
      text,
      ...(entities.length > 0 ? { entities } : {}),
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
      edit_date: this.world.unixNow(),
    };
    state.messages.set(edited.message_id, edited);
    return edited;
  }

  private editMessageReplyMarkup(p: Params): Message {
    const { state, message } = this.requireEditable(p);
    const markup = parseReplyMarkup(p.reply_markup, true);
    if (sameMarkup(markup.inline, message.reply_markup)) throw notModified();
    const { reply_markup: _m, ...rest } = message;
    const edited: Message = {
      ...rest,
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
      edit_date: this.world.unixNow(),
    };
    state.messages.set(edited.message_id, edited);
    return edited;
  }

  private requireEditable(p: Params): { state: ChatState; message: Message } {
    if (p.inline_message_id !== undefined) throw badRequest("MESSAGE_ID_INVALID");
    const state = this.world.requireChat(p);
    const messageId = intParam(p.message_id);
    const message = messageId === undefined ? undefined : state.messages.get(messageId);
    if (!message) throw badRequest("message to edit not found");
    if (message.from?.id !== this.world.botInfo.id) throw badRequest("message can't be edited");
    return { state, message };
  }

  private deleteMessage(p: Params): true {
    const state = this.world.requireChat(p);
    const messageId = intParam(p.message_id);
    const message = messageId === undefined ? undefined : state.messages.get(messageId);
    if (messageId === undefined || !message) throw badRequest("message to delete not found");
    state.messages.delete(messageId);
    state.order = state.order.filter((id) => id !== messageId);
    this.world.deletedMessages.set(`${state.chat.id}:${messageId}`, message);
    return true;
  }

  private copyMessage(p: Params): MessageId {
    const target = this.world.requireChat(p);
    const source = this.sourceMessage(p, "message to copy not found");
    const markup = parseReplyMarkup(p.reply_markup);
    const content: Partial<Message> = {};
    for (const field of [
      "text",
      "entities",
      "caption",
      "caption_entities",
      "photo",
      "sticker",
      "voice",
      "document",
      "location",
      "venue",
      "contact",
    ] as const) {
      if (source[field] !== undefined) Object.assign(content, { [field]: source[field] });
    }
    if (p.caption !== undefined) {
      delete content.caption_entities;
      Object.assign(content, this.caption(p));
    }
    const copy = this.world.deliver(target, p, markup, content);
    return { message_id: copy.message_id };
  }

  private forwardMessage(p: Params): Message {
    const target = this.world.requireChat(p);
    const source = this.sourceMessage(p, "message to forward not found");
    const {
      message_id: _id,
      date: _date,
      chat: _chat,
      from: _from,
      reply_markup: _markup,
      ...content
    } = source;
    const origin: Message["forward_origin"] = source.from
      ? { type: "user", sender_user: source.from, date: source.date }
      : { type: "chat", sender_chat: source.chat, date: source.date };
    return this.world.deliver(target, p, {}, { ...content, forward_origin: origin });
  }

  private sourceMessage(p: Params, missing: string): Message {
    const fromChatId = intParam(p.from_chat_id);
    const source = fromChatId === undefined ? undefined : this.world.chatState(fromChatId);
    if (!source) throw badRequest("chat not found");
    const message = source.messages.get(intParam(p.message_id) ?? -1);
    if (!message) throw badRequest(missing);
    return message;
  }
}
