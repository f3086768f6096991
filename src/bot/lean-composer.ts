import {
  BotError,
  Composer,
  type Context,
  type Middleware,
  type MiddlewareFn,
  type NextFunction,
} from "grammy";

type MaybePromise<T> = T | Promise<T>;

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

/**
 * A lean composer's own function (its list is read when it runs, so later `use`s count);
 * any other composer is asked for its middleware at each update, as grammY does.
 */
const asFunction = <C extends Context>(middleware: Middleware<C>): MiddlewareFn<C> =>
  typeof middleware === "function"
    ? middleware
    : middleware instanceof LeanComposer
      ? middleware.run
      : (ctx, next) => middleware.middleware()(ctx, next);

/**
 * A grammY Composer that runs its middleware from a list, as grammY's does, but cheaper per
 * update: grammY chains each `use` with two new closures per update, and each filter (`on`,
 * `command`, `callbackQuery`, `chatType`…) goes through `lazy`, which builds a new Composer
 * for every update it sees. With every feature's handlers in line before the orientation,
 * that was a quarter of the bytes a citizen's message allocated. Same order, same `next`.
 */
export class LeanComposer<C extends Context> extends Composer<C> {
  private readonly steps: MiddlewareFn<C>[] = [];

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.steps.push(...middleware.map(asFunction));
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  /**
   * Most composers hold one middleware (each `use` and filter makes one): that one is
   * called with the caller's `next`, with no closure of its own per update.
   */
  readonly run: MiddlewareFn<C> = (ctx, next) => {
    const steps = this.steps;
    if (steps.length === 1) return (steps[0] as MiddlewareFn<C>)(ctx, next);
    let at = 0;
    const step = (): Promise<void> => {
      const middleware = steps[at++];
      return (middleware === undefined ? next() : middleware(ctx, step)) as Promise<void>;
    };
    return step();
  };

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new LeanComposer(...middleware);
    this.steps.push(composer.run);
    return composer;
  }

  // What `on`, `command`, `callbackQuery`, `chatType`… build on: lean all the way down.
  override filter<D extends C>(
    predicate: (ctx: C) => ctx is D,
    ...middleware: Array<Middleware<D>>
  ): Composer<D>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new LeanComposer(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }

  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: Middleware<C>,
    falseMiddleware: Middleware<C>,
  ): Composer<C> {
    const yes = asFunction(trueMiddleware);
    const no = asFunction(falseMiddleware);
    return this.use((ctx, next) => {
      const matches = predicate(ctx);
      return typeof matches === "boolean"
        ? (matches ? yes : no)(ctx, next)
        : matches.then((sure) => (sure ? yes : no)(ctx, next));
    });
  }

  /** grammY's error boundary (same catching, same `next`), around a lean composer. */
  override errorBoundary(
    errorHandler: (error: BotError<C>, next: NextFunction) => MaybePromise<unknown>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new LeanComposer(...middleware);
    const bound = composer.run;
    this.use(async (ctx, next) => {
      let nextCalled = false;
      const cont = () => {
        nextCalled = true;
        return Promise.resolve();
      };
      try {
        await bound(ctx, cont);
      } catch (err) {
        nextCalled = false;
        await errorHandler(new BotError(err, ctx), cont);
      }
      if (nextCalled) await next();
    });
    return composer;
  }
}
