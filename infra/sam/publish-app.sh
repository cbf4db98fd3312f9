#!/usr/bin/env bash
# Publish pwa-static/ to the stack's bucket and write the app's config.json from the stack's
# outputs (Cognito hosted UI, client id), then invalidate CloudFront. Needs the AWS CLI v2 and
# credentials for the account the stack is in.
#
#   infra/sam/publish-app.sh <stack-name> [region]
set -euo pipefail
stack="${1:?usage: publish-app.sh <stack-name> [region]}"
region="${2:-${AWS_REGION:-${AWS_DEFAULT_REGION:-}}}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
aws() { command aws ${region:+--region "$region"} "$@"; }

output() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
bucket="$(output AppBucketName)"
distribution="$(output AppDistributionId)"
app_url="$(output AppUrl)"
stage_region="$(aws configure get region || true)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# What the app reads on start to sign in through Cognito (authorization code + PKCE).
hosted="https://$(output HostedUiDomain)"
cat > "$tmp/config.json" <<JSON
{
  "auth": "cognito",
  "region": "${region:-$stage_region}",
  "userPoolId": "$(output UserPoolId)",
  "clientId": "$(output UserPoolClientId)",
  "authorizeUrl": "$hosted/oauth2/authorize",
  "tokenUrl": "$hosted/oauth2/token",
  "logoutUrl": "$hosted/logout",
  "redirectUri": "$app_url"
}
JSON

# File names are not content-hashed, so assets get a short cache life; the shell, the service
# worker and config.json are revalidated on every load so a publish shows up at once.
aws s3 sync "$root/pwa-static/" "s3://$bucket/" --delete --only-show-errors \
  --exclude "test/*" --exclude "tools/*" --exclude "*.md" \
  --exclude "index.html" --exclude "sw.js" --exclude "config.json" --exclude "*.webmanifest" \
  --cache-control "public, max-age=300"
for f in index.html sw.js; do
  aws s3 cp "$root/pwa-static/$f" "s3://$bucket/$f" --only-show-errors --cache-control "no-cache"
done
# Not every mimetypes table knows .webmanifest; installability needs the right type.
aws s3 cp "$root/pwa-static/manifest.webmanifest" "s3://$bucket/manifest.webmanifest" --only-show-errors \
  --cache-control "public, max-age=300" --content-type "application/manifest+json"
aws s3 cp "$tmp/config.json" "s3://$bucket/config.json" --only-show-errors \
  --cache-control "no-cache" --content-type "application/json"
aws cloudfront create-invalidation --distribution-id "$distribution" --paths "/*" \
  --query Invalidation.Id --output text >/dev/null
echo "published pwa-static to s3://$bucket; the app is at $app_url"
