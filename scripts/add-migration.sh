#!/usr/bin/env bash
# Adds a migration with the same name and the same id to both migration sets (docs/database.md).
# Usage: scripts/add-migration.sh AddSomething
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project="src/PartyMembers.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations \
    --context PartyMembersDbContext
done

# dotnet ef stamps each set with the second it ran; give the SQL Server set the SQLite id so the two stay in step.
sqlite_file=$(ls src/PartyMembers.Migrations.Sqlite/Migrations/*_"$name".cs)
sqlite_id=$(basename "$sqlite_file" .cs)
server_file=$(ls src/PartyMembers.Migrations.SqlServer/Migrations/*_"$name".cs)
server_id=$(basename "$server_file" .cs)
if [ "$sqlite_id" != "$server_id" ]; then
  dir=src/PartyMembers.Migrations.SqlServer/Migrations
  git mv -f "$dir/$server_id.cs" "$dir/$sqlite_id.cs" 2>/dev/null || mv "$dir/$server_id.cs" "$dir/$sqlite_id.cs"
  git mv -f "$dir/$server_id.Designer.cs" "$dir/$sqlite_id.Designer.cs" 2>/dev/null || mv "$dir/$server_id.Designer.cs" "$dir/$sqlite_id.Designer.cs"
  sed -i "s/\"$server_id\"/\"$sqlite_id\"/" "$dir/$sqlite_id.Designer.cs"
fi
echo "Added migration $sqlite_id to both sets."
