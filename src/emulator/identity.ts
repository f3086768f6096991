import type { UserFromGetMe } from "grammy/types";

/** The bot as getMe describes it: its id from the token, test defaults, and any overrides. */
export function botIdentity(token: string, overrides: Partial<UserFromGetMe> = {}): UserFromGetMe {
  return {
    id: Number(token.split(":")[0]) || 123,
    is_bot: true,
    first_name: "Test Bot",
    username: "test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...overrides,
  };
}
