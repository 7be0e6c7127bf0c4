// A real OpenID Provider for entente's single sign-on tests: the certified `oidc-provider`
// package on the loopback address, with two confidential clients (RS256 and ES256 ID tokens),
// test users, and a control endpoint that makes the token endpoint hand out bad ID tokens
// (forged signature, wrong audience, expired, a key the cached JWKS lacks), so that entente's
// checks meet them through the whole flow. Started by scripts/oidc-tests; never for production.
//
//   PORT=4455 REDIRECT=http://127.0.0.1:8080/login/oidc/callback node provider.mjs
//
// The interaction (login and consent) is automatic: GET /interaction/UID?user=NAME signs in
// the test user NAME and grants every scope asked for.
import http from "node:http";
import * as jose from "jose";
import Provider from "oidc-provider";

const PORT = Number(process.env.PORT || 4455);
const HOST = "127.0.0.1";
const ISSUER = `http://${HOST}:${PORT}`;
const REDIRECT = process.env.REDIRECT || "http://127.0.0.1:8080/login/oidc/callback";

export const USERS = {
  anna: {
    email: "anna.berzina@cert.lv.example",
    email_verified: true,
    name: "Anna Bērziņa",
    groups: ["cert-lv", "staff"],
  },
  ieva: {
    email: "ieva@mfa.lv.example",
    email_verified: true,
    name: "Ieva Ozola",
    groups: ["staff"],
  },
  mallory: {
    email: "mallory@elsewhere.example",
    email_verified: true,
    name: "Mallory",
    groups: ["outsiders"],
  },
};

async function keyPair(alg, kid) {
  const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true });
  const priv = { ...(await jose.exportJWK(privateKey)), kid, alg, use: "sig" };
  const pub = { ...(await jose.exportJWK(publicKey)), kid, alg, use: "sig" };
  return { privateKey, priv, pub };
}

const rsa = await keyPair("RS256", "rsa-1");
const ec = await keyPair("ES256", "ec-1");
// Not in the provider's key set: signs the forged tokens under rsa-1's kid.
const stranger = await keyPair("RS256", "rsa-1");
// Published only in "rotate" mode, as if the provider had rolled its keys.
const rotated = await keyPair("RS256", "rsa-2");

const provider = new Provider(ISSUER, {
  clients: [
    {
      client_id: "entente",
      client_secret: "entente-test-secret",
      redirect_uris: [REDIRECT],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "RS256",
    },
    {
      client_id: "entente-es",
      client_secret: "entente-es-test-secret",
      redirect_uris: [REDIRECT],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      id_token_signed_response_alg: "ES256",
    },
  ],
  jwks: { keys: [rsa.priv, ec.priv] },
  cookies: { keys: ["entente-oidc-test-cookie-key"] },
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name"],
    groups: ["groups"],
  },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  pkce: { required: () => true },
  async findAccount(ctx, id) {
    if (!USERS[id]) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, ...USERS[id] };
      },
    };
  },
});
provider.proxy = false;

let mode = "normal";

async function resign(token, mutate, key, kid, alg) {
  const payload = jose.decodeJwt(token);
  mutate(payload);
  return new jose.SignJWT(payload).setProtectedHeader({ alg, kid, typ: "JWT" }).sign(key);
}

// Bad ID tokens from the real token endpoint, by mode.
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === "/jwks" && mode === "rotate" && ctx.body && Array.isArray(ctx.body.keys)) {
    ctx.body = { keys: [...ctx.body.keys, rotated.pub] };
  }
  if (ctx.path !== "/token" || ctx.method !== "POST" || !ctx.body || !ctx.body.id_token) return;
  const t = ctx.body.id_token;
  const now = Math.floor(Date.now() / 1000);
  switch (mode) {
    case "forged":
      ctx.body.id_token = await resign(t, () => {}, stranger.privateKey, "rsa-1", "RS256");
      break;
    case "wrong-audience":
      ctx.body.id_token = await resign(t, (p) => { p.aud = "someone-else"; }, rsa.privateKey, "rsa-1", "RS256");
      break;
    case "expired":
      ctx.body.id_token = await resign(t, (p) => { p.iat = now - 7200; p.exp = now - 3600; }, rsa.privateKey, "rsa-1", "RS256");
      break;
    case "rotate":
      ctx.body.id_token = await resign(t, () => {}, rotated.privateKey, "rsa-2", "RS256");
      break;
    default:
      break;
  }
});

const callback = provider.callback();

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, ISSUER);
  try {
    if (url.pathname === "/__test/mode" && req.method === "POST") {
      mode = url.searchParams.get("set") || "normal";
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`mode ${mode}\n`);
      return;
    }
    if (url.pathname.startsWith("/interaction/")) {
      const details = await provider.interactionDetails(req, res);
      const user = url.searchParams.get("user");
      if (!user || !USERS[user]) {
        res.writeHead(400, { "content-type": "text/plain" });
        res.end("add ?user=NAME, one of " + Object.keys(USERS).join(", ") + "\n");
        return;
      }
      const grant = new provider.Grant({ accountId: user, clientId: details.params.client_id });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    callback(req, res);
  } catch (e) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(e && e.stack ? e.stack : e) + "\n");
  }
});

server.listen(PORT, HOST, () => {
  console.log(`oidc-provider ${ISSUER} ready`);
});

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => server.close(() => process.exit(0)));
}
