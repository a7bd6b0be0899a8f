"""The orchestration: each command runs the stages under the project lock."""
