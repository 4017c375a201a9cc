// Broadcast video reference architecture (L3): OSCAR broadcast best practice, "Tianshan Cloud".
export * from './props';
export * from './transcode-k8s-props';
export * from './broadcast-video-platform';
