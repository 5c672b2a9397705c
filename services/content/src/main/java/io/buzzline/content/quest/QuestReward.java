package io.buzzline.content.quest;

import java.util.Optional;

/** What completing a quest's window earns: experience points and, optionally, a badge code. */
public record QuestReward(int xp, Optional<String> badge) {}
