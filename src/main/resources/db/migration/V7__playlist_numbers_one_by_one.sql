-- Playlist ids are the numbers a scout types (`playlists fetch 2`). Drawn 50 at a time, every command that added a
-- playlist started a new block, so the second playlist was #51. Playlists are few: draw them one at a time.
alter sequence playlist_seq increment by 1;
