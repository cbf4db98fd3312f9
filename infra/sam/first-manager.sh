#!/usr/bin/env bash
# Creates the first manager of a fresh deployment; everyone after is invited from the app's Team tab
# (POST /api/team/invitations). One line, after `sam deploy`:
#
#   infra/sam/first-manager.sh <stack> <email> "<name>" <org>
#
# <org> names the team (letters, digits, . _ -; at most 64): it becomes custom:org, which users can
# never change. Cognito e-mails a temporary password; the first sign-in in the app sets their own,
# and creates their profile and membership as the org's manager. Needs the AWS CLI with credentials
# allowed cognito-idp:AdminCreateUser/AdminAddUserToGroup on the pool. USER_POOL_ID, when set, skips
# the stack look-up (and AWS_ENDPOINT_URL points the CLI at an emulator such as moto).
set -euo pipefail
[[ $# -eq 4 ]] || { echo "usage: $0 <stack> <email> <name> <org>" >&2; exit 2; }
stack=$1 email=$2 name=$3 org=$4
[[ $email =~ ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$ ]] || { echo "not an e-mail address: $email" >&2; exit 2; }
[[ $org =~ ^[A-Za-z0-9._-]{1,64}$ ]] || { echo "org must be 1-64 letters, digits, '.', '_' or '-': $org" >&2; exit 2; }
pool=${USER_POOL_ID:-$(aws cloudformation describe-stacks --stack-name "$stack" \
  --query "Stacks[0].Outputs[?OutputKey=='UserPoolId'].OutputValue" --output text)}
[[ -n $pool && $pool != None ]] || { echo "no UserPoolId output on stack $stack" >&2; exit 1; }
aws cognito-idp admin-create-user --user-pool-id "$pool" --username "$email" --desired-delivery-mediums EMAIL \
  --user-attributes Name=email,Value="$email" Name=email_verified,Value=true Name=name,Value="$name" Name=custom:org,Value="$org" \
  --query User.Attributes --output text >/dev/null
aws cognito-idp admin-add-user-to-group --user-pool-id "$pool" --username "$email" --group-name managers
echo "$email is the first manager of '$org' in $pool: Cognito has e-mailed a temporary password"
