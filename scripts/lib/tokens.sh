# RS256 tokens and JWKS with openssl alone, for scripts/stack and scripts/token. Source it; do not run it.
# The formats are the services' (docs/security.md): JWS header {alg: RS256, typ: JWT, kid}, a JWKS of
# {kty: RSA, use: sig, alg: RS256, kid, n, e} keys.

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# The JWK of the public half of PEM private key $1, with key id $2.
jwk_of() { # private-key.pem kid
  local modulus exponent
  modulus="$(openssl rsa -in "$1" -noout -modulus 2>/dev/null | sed 's/^Modulus=//' | xxd -r -p | b64url)"
  exponent="$(printf '%06x' "$(openssl rsa -in "$1" -noout -text 2>/dev/null | awk '/^publicExponent/ {print $2}')" \
    | xxd -r -p | b64url)"
  printf '{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}' "$2" "$modulus" "$exponent"
}

# A compact JWS of claims JSON $3, signed with PEM private key $1 under key id $2.
sign_jwt() { # private-key.pem kid claims-json
  local header payload signature
  header="$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$2" | b64url)"
  payload="$(printf '%s' "$3" | b64url)"
  signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$1" -binary | b64url)"
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}
