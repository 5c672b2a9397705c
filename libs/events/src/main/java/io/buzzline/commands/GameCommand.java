package io.buzzline.commands;

/** An intention addressed to one game; the engine turns it into events or rejects it with a reason. */
public sealed interface GameCommand
        permits CreateGame,
                JoinGame,
                LeaveGame,
                StartGame,
                ShowNextQuestion,
                PressBuzz,
                SubmitAnswer,
                FireTimer,
                SkipQuestion,
                KickPlayer,
                EndGame,
                LoadQuestions,
                ReportPackUnavailable {

    CommandType type();
}
